import type { PlanMonthTally } from '@convene/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ISSUED_IN_TWENTY_WEEKS } from './timeliness-figures.query.js';

/** Whether a reg 10(4) exception applied to the request (alias r). */
export const EXCEPTION_CASE = `EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)')`;

/** Final plans issued from $1 to $2 with their case, for the lists behind the figures. */
export const ISSUED_PLANS = `
  SELECT r.id, r.child_id, c.case_reference, r.received_on, r.final_issued_on, ${EXCEPTION_CASE} AS exception_case
    FROM ehc_requests r JOIN children c ON c.id = r.child_id
   WHERE r.final_issued_on BETWEEN $1 AND $2`;

/**
 * Final plans issued from $1 to $2 counted by month, with and without reg 10(4) exception cases: two years of plans
 * need not come back one by one. A test holds these counts to the libs' `tallyPlansByMonth`.
 */
export async function issuedPlanTallies(db: DataSource | EntityManager, from: string, to: string): Promise<{ withoutExceptions: PlanMonthTally[]; withExceptions: PlanMonthTally[] }> {
  const rows: { month: string; issued: number; in_twenty_weeks: number; exceptions_issued: number; exceptions_in_twenty_weeks: number }[] = await db.query(
    `SELECT month, count(*)::int AS issued, count(*) FILTER (WHERE in_twenty_weeks)::int AS in_twenty_weeks,
            count(*) FILTER (WHERE exception_case)::int AS exceptions_issued, count(*) FILTER (WHERE exception_case AND in_twenty_weeks)::int AS exceptions_in_twenty_weeks
       FROM (SELECT to_char(r.final_issued_on, 'YYYY-MM') AS month, ${ISSUED_IN_TWENTY_WEEKS} AS in_twenty_weeks, ${EXCEPTION_CASE} AS exception_case
               FROM ehc_requests r WHERE r.final_issued_on BETWEEN $1 AND $2) plans
      GROUP BY month ORDER BY month`,
    [from, to],
  );
  return {
    withExceptions: rows.map((r) => ({ month: r.month, issued: r.issued, inTwentyWeeks: r.in_twenty_weeks })),
    withoutExceptions: rows
      .map((r) => ({ month: r.month, issued: r.issued - r.exceptions_issued, inTwentyWeeks: r.in_twenty_weeks - r.exceptions_in_twenty_weeks }))
      .filter((r) => r.issued > 0),
  };
}
