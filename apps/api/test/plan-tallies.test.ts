import { addDays, tallyPlansByMonth, type IssuedPlan } from '@convene/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelinessRepository } from '../src/dashboard/timeliness.repository.js';
import { aCase } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const issuedPlanTallies = (db: DataSource, from: string, to: string) =>
  new TimelinessRepository(db.manager).issuedPlanTallies(from, to);

/*
 * The dashboard's plans issued in 20 weeks are counted by the database (issuedPlanTallies), the lists behind them by
 * the libs' rule (issuedInTwentyWeeks, tallied by tallyPlansByMonth). The rule is written twice, so this holds the
 * two to each other over plans issued on every side of the deadline day, with and without reg 10(4) exceptions, and
 * with exceptions the clock refuses, which the database's count leaves in as the clock does.
 */
describe('plans issued in 20 weeks counted by the database, as the libs count them', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const plans: IssuedPlan[] = [];

  /** A request received on `receivedOn` whose final plan was issued `days` later, with a reg 10(4) exception or not. */
  async function aPlan(receivedOn: string, days: number, exceptionCase: boolean) {
    const c = await aCase(dataSource, { receivedOn });
    const finalIssuedOn = addDays(receivedOn, days);
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = $2 WHERE id = $1`,
      [c.requestId, finalIssuedOn],
    );
    if (exceptionCase) {
      await dataSource.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on) VALUES ($1, '10(4)', 'exceptional_circumstances', $2, $3)`,
        [c.requestId, addDays(receivedOn, 30), addDays(receivedOn, 60)],
      );
    }
    // A reg 10(4) exception the clock refuses (3 weeks away, not 4) leaves the plan in the table.
    else if (days % 4 === 0) {
      await dataSource.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on) VALUES ($1, '10(4)', 'absent_from_area', $2, $3)`,
        [c.requestId, addDays(receivedOn, 30), addDays(receivedOn, 50)],
      );
    }
    // An exception of another regulation does not take a plan out of the table.
    else if (days % 3 === 0) {
      await dataSource.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on) VALUES ($1, '8(2)', 'missed_appointment', $2)`,
        [c.requestId, addDays(receivedOn, 20)],
      );
    }
    plans.push({ receivedOn, finalIssuedOn, exceptionCase });
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    // 96 plans over two years, issued from 137 to 144 days after their request: the deadline day is day 140.
    for (let n = 0; n < 96; n++) await aPlan(addDays('2024-01-03', n * 7), 137 + (n % 8), n % 5 === 0);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('gives the same counts for every month, with and without exception cases', async () => {
    const { withExceptions, withoutExceptions } = await issuedPlanTallies(
      dataSource,
      '2024-01-01',
      '2026-12-31',
    );
    expect(withExceptions).toEqual(tallyPlansByMonth(plans));
    expect(withoutExceptions).toEqual(tallyPlansByMonth(plans.filter((p) => !p.exceptionCase)));
    // Both sides of the deadline are in the data, so the comparison is not of zeros.
    const inTime = withExceptions.reduce((n, t) => n + t.inTwentyWeeks, 0);
    expect(inTime).toBe(48); // days 137 to 140 of each 8
    expect(withExceptions.reduce((n, t) => n + t.issued, 0) - inTime).toBe(48);
  });

  it('counts only the plans issued in the period asked for', async () => {
    const { withExceptions } = await issuedPlanTallies(dataSource, '2024-07-01', '2024-09-30');
    const expected = tallyPlansByMonth(
      plans.filter((p) => p.finalIssuedOn >= '2024-07-01' && p.finalIssuedOn <= '2024-09-30'),
    );
    expect(withExceptions).toEqual(expected);
    expect(expected.map((t) => t.month)).toEqual(['2024-07', '2024-08', '2024-09']);
  });
});
