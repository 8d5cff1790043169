import {
  addDays,
  PHASE_TRANSFER_KINDS,
  phaseTransferDeadline,
  tallyTransfersByDeadline,
  type PhaseTransferKind,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhaseTransfersRepository } from '../src/reviews/phase-transfers.repository.js';
import { aCase } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const transferTalliesByDeadline = (
  db: DataSource,
  filter: { fromYear: number; toYear: number; today: string },
) => new PhaseTransfersRepository(db.manager).talliesByDeadline(filter);

/*
 * The dashboard's phase transfers are counted by the database (transferTalliesByDeadline), the lists behind them by
 * the libs' rule (transferStanding). The rule is written twice, so this holds the two to each other over transfers of
 * every kind amended on, before and after their deadline, or not yet, with deadlines before and after the day counted,
 * moves between post-16 institutions each with a deadline of its own.
 */
const TODAY = '2026-02-15';

describe('phase transfers counted by the database, as the libs count them', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const transfers: {
    kind: PhaseTransferKind;
    transferYear: number;
    transfersOn: string | null;
    amendedPlanIssuedOn: string | null;
  }[] = [];

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    // Amended this many days from the deadline, or (null) not yet.
    const offsets = [-30, -1, 0, 1, 12, null];
    let n = 0;
    for (const transferYear of [2025, 2026, 2027]) {
      for (const kind of PHASE_TRANSFER_KINDS) {
        for (const offset of offsets) {
          n += 1;
          // Not every kind each year, so a deadline's kinds differ from year to year.
          if ((n + transferYear) % 7 === 0) continue;
          // A move between post-16 institutions has its own day (reg 18(2)); the others move in September.
          const transfersOn =
            kind === 'post16_to_post16' ? `${transferYear}-01-${String(10 + (n % 18))}` : null;
          const deadline = phaseTransferDeadline(kind, transferYear, transfersOn);
          const amendedOn = offset === null ? null : addDays(deadline, offset);
          if (amendedOn !== null && amendedOn > TODAY) continue; // nobody records a day not come yet
          const c = await aCase(dataSource);
          await dataSource.query(
            `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, transfers_on, deadline, amended_plan_issued_on, setting_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              c.childId,
              c.requestId,
              kind,
              transferYear,
              transfersOn,
              deadline,
              amendedOn,
              amendedOn ? 'Northdale Academy' : null,
            ],
          );
          transfers.push({ kind, transferYear, transfersOn, amendedPlanIssuedOn: amendedOn });
        }
      }
    }
  });
  afterAll(async () => {
    await test?.close();
  });

  it('gives the same counts for every deadline, the deadline day itself counted as by the deadline', async () => {
    const byDatabase = await transferTalliesByDeadline(dataSource, {
      fromYear: 2025,
      toYear: 2027,
      today: TODAY,
    });
    expect(byDatabase).toEqual(tallyTransfersByDeadline(transfers, TODAY));
    // 15 February 2026 is today: the transfers due that day and not amended are not overdue yet.
    const today = byDatabase.find((t) => t.deadline === TODAY)!;
    expect(today.outstanding).toBeGreaterThan(0);
    expect(today.overdue).toBe(0);
    expect(byDatabase.reduce((n, t) => n + t.late, 0)).toBeGreaterThan(0);
    expect(byDatabase.reduce((n, t) => n + t.overdue, 0)).toBeGreaterThan(0);
  });

  it('counts only the transfer years asked for', async () => {
    const byDatabase = await transferTalliesByDeadline(dataSource, {
      fromYear: 2026,
      toYear: 2026,
      today: TODAY,
    });
    expect(byDatabase).toEqual(
      tallyTransfersByDeadline(
        transfers.filter((t) => t.transferYear === 2026),
        TODAY,
      ),
    );
    // Moves between post-16 institutions in January 2026 fell due the August before; the phases' in 2026.
    expect(byDatabase.map((t) => t.deadline).slice(-2)).toEqual(['2026-02-15', '2026-03-31']);
    for (const early of byDatabase.slice(0, -2)) {
      expect(early.deadline.startsWith('2025-08-')).toBe(true);
      expect(early.kinds).toEqual(['post16_to_post16']);
    }
  });
});
