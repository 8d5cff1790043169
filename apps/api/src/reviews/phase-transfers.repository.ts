import { TRANSFER_STANDINGS, type PhaseTransferKind, type TransferDeadlineTally } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';
import { standingOn } from './standing.query.js';

/** A phase transfer with who last recorded on it. */
export interface PhaseTransferRow {
  id: string;
  child_id: string;
  request_id: string;
  kind: PhaseTransferKind;
  transfer_year: number;
  transfers_on: string | null;
  deadline: string;
  setting_name: string | null;
  amended_plan_issued_on: string | null;
  recorded_by_id: string | null;
  /** Set with its id. */
  recorded_by_name: string;
}

/** A transfer locked while its amended plan is recorded, with the plan and the child's Family Link Officer. */
export interface LockedTransfer {
  child_id: string;
  setting_name: string | null;
  amended_plan_issued_on: string | null;
  final_issued_on: string;
  family_link_officer_id: string | null;
}

export interface NewPhaseTransfer {
  childId: string;
  requestId: string;
  kind: PhaseTransferKind;
  transferYear: number;
  transfersOn: string | null;
  deadline: string;
  settingName: string | null;
  recordedBy: string;
}

const VIEW = `SELECT t.*, u.id AS recorded_by_id, u.display_name AS recorded_by_name
                FROM phase_transfers t LEFT JOIN users u ON u.id = coalesce(t.updated_by, t.created_by)`;

/** Children's moves between phases of education, and the plan amended for each. */
export class PhaseTransfersRepository {
  constructor(private readonly db: Queryable) {}

  ofChild(childId: string): Promise<PhaseTransferRow[]> {
    return this.db.query(`${VIEW} WHERE t.child_id = $1 ORDER BY t.transfer_year DESC`, [childId]);
  }

  /** Transfers whose plan is not yet amended for them, due by `day`. */
  awaitingAmendmentBy(day: string): Promise<PhaseTransferRow[]> {
    return this.db.query(`${VIEW} WHERE t.amended_plan_issued_on IS NULL AND t.deadline <= $1`, [day]);
  }

  async find(transferId: string): Promise<PhaseTransferRow> {
    const [row] = await this.db.query<PhaseTransferRow[]>(`${VIEW} WHERE t.id = $1`, [transferId]);
    return row!;
  }

  async isRecorded(childId: string, transferYear: number): Promise<boolean> {
    return (
      (
        await this.db.query<unknown[]>(
          `SELECT id FROM phase_transfers WHERE child_id = $1 AND transfer_year = $2`,
          [childId, transferYear],
        )
      ).length > 0
    );
  }

  /** Its id. */
  async record(transfer: NewPhaseTransfer): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, transfers_on, deadline, setting_name, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [
        transfer.childId,
        transfer.requestId,
        transfer.kind,
        transfer.transferYear,
        transfer.transfersOn,
        transfer.deadline,
        transfer.settingName,
        transfer.recordedBy,
      ],
    );
    return row!.id;
  }

  async lock(transferId: string): Promise<LockedTransfer | undefined> {
    const [transfer] = await this.db.query<LockedTransfer[]>(
      `SELECT t.*, r.final_issued_on, c.family_link_officer_id FROM phase_transfers t
           JOIN ehc_requests r ON r.id = t.request_id JOIN children c ON c.id = t.child_id
          WHERE t.id = $1 FOR UPDATE OF t`,
      [transferId],
    );
    return transfer;
  }

  /** The transfers with this deadline, with their case, by case reference. */
  withDeadline(deadline: string): Promise<
    (Pick<PhaseTransferRow, 'child_id' | 'kind' | 'transfer_year' | 'deadline' | 'amended_plan_issued_on'> & {
      case_reference: string;
    })[]
  > {
    return this.db.query(
      `SELECT t.child_id, c.case_reference, t.kind, t.transfer_year, t.deadline, t.amended_plan_issued_on
                     FROM phase_transfers t JOIN children c ON c.id = t.child_id WHERE t.deadline = $1 ORDER BY c.case_reference`,
      [deadline],
    );
  }

  /** The transfers of a calendar year, with their case and the year group its child is in today. */
  ofTransferYear(
    transferYear: number,
  ): Promise<
    (Pick<
      PhaseTransferRow,
      'child_id' | 'kind' | 'transfer_year' | 'transfers_on' | 'deadline' | 'amended_plan_issued_on'
    > & { case_reference: string; year_group: number })[]
  > {
    return this.db.query(
      `SELECT t.child_id, c.case_reference, c.year_group, t.kind, t.transfer_year, t.transfers_on, t.deadline, t.amended_plan_issued_on
         FROM phase_transfers t JOIN children c ON c.id = t.child_id WHERE t.transfer_year = $1 ORDER BY c.case_reference`,
      [transferYear],
    );
  }

  async recordAmendment(
    transferId: string,
    amendedPlanIssuedOn: string,
    settingName: string,
    recordedBy: string,
  ): Promise<void> {
    await this.db.query(
      `UPDATE phase_transfers SET amended_plan_issued_on = $2, setting_name = $3, updated_by = $4, updated_at = now() WHERE id = $1`,
      [transferId, amendedPlanIssuedOn, settingName, recordedBy],
    );
  }

  /**
   * Phase transfers of the transfer years from `fromYear` to `toYear` counted by their deadline and how each stands on
   * `today`, by the database, as `tallyTransfersByDeadline` counts them: amended by the deadline (the day itself
   * included), after it, or not yet (overdue once the deadline has passed). The table holds each transfer's deadline
   * to the rule by a check; a test holds these counts to the libs' tally.
   */
  talliesByDeadline(filter: {
    fromYear: number;
    toYear: number;
    today: string;
  }): Promise<TransferDeadlineTally[]> {
    return this.db.query(
      `SELECT t.transfer_year AS "transferYear", t.deadline, array_agg(DISTINCT t.kind ORDER BY t.kind) AS kinds, count(*)::int AS due,
              count(*) FILTER (WHERE t.standing = 'by_deadline')::int AS "byDeadline",
              count(*) FILTER (WHERE t.standing = 'late')::int AS late,
              count(*) FILTER (WHERE t.standing IN ('overdue', 'not_yet_due'))::int AS outstanding,
              count(*) FILTER (WHERE t.standing = 'overdue')::int AS overdue
         FROM (SELECT t.transfer_year, t.deadline, t.kind, ${standingOn(TRANSFER_STANDINGS, 't.deadline', 't.amended_plan_issued_on', '$3')} AS standing
                 FROM phase_transfers t WHERE t.transfer_year BETWEEN $1 AND $2) t
        GROUP BY t.transfer_year, t.deadline ORDER BY t.deadline`,
      [filter.fromYear, filter.toYear, filter.today],
    );
  }
}
