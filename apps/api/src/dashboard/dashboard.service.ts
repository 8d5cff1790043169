import { Injectable } from '@nestjs/common';
import type { TimelinessCase, TimelinessReport } from '@convene/contracts';
import { addDays, addMonths, issuedInTwentyWeeks, percentOf, monthsEnding, planTimeliness, type IssuedPlan } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import type { TimelinessCasesQuery, TimelinessQuery } from './dashboard.dto.js';
import { ADVICE_ON_TIME, ADVICES_DUE_IN_PERIOD, OPEN_OVER_TWENTY_WEEKS, OPEN_STAGE_ORDER, OPEN_TODAY, RECEIVED_IN_PERIOD, REFUSED_IN_PERIOD } from './timeliness-figures.query.js';

/** Whether a reg 10(4) exception applied to the request (alias r). */
const EXCEPTION_CASE = `EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)')`;

/** Final plans issued from $1 to $2 with their case, for the lists behind the figures. */
const ISSUED_PLANS = `
  SELECT r.id, r.child_id, c.case_reference, r.received_on, r.final_issued_on, ${EXCEPTION_CASE} AS exception_case
    FROM ehc_requests r JOIN children c ON c.id = r.child_id
   WHERE r.final_issued_on BETWEEN $1 AND $2`;

/** The same plans with only what the table counts them by: two years of plans need not carry their cases. */
const ISSUED_PLAN_DATES = `SELECT r.received_on, r.final_issued_on, ${EXCEPTION_CASE} AS exception_case FROM ehc_requests r WHERE r.final_issued_on BETWEEN $1 AND $2`;

/** The council's monthly indicators on EHC plans, computed from the records rather than assembled by hand. */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async timeliness(query: TimelinessQuery): Promise<TimelinessReport> {
    const last = query.month ?? todayInEngland().slice(0, 7);
    const months = monthsEnding(last, query.months ?? 12);
    // Plans issued from 11 months before the first month shown, so every rolling year is whole.
    const from = monthsEnding(months[0]!, 12)[0]!;
    const until = addDays(addMonths(`${last}-01`, 1), -1);
    const [plans, received, refused, openByStage, [over], advices] = await Promise.all([
      this.dataSource.query(ISSUED_PLAN_DATES, [`${from}-01`, until]),
      this.dataSource.query(`SELECT to_char(r.received_on, 'YYYY-MM') AS month, count(*)::int AS count FROM ehc_requests r WHERE ${RECEIVED_IN_PERIOD} GROUP BY 1`, [`${months[0]}-01`, until]),
      this.dataSource.query(
        `SELECT to_char(r.decision_to_assess_on, 'YYYY-MM') AS month, count(*)::int AS count FROM ehc_requests r WHERE ${REFUSED_IN_PERIOD} GROUP BY 1`,
        [`${months[0]}-01`, until],
      ),
      this.dataSource.query(
        `SELECT r.stage, count(*)::int AS count FROM ehc_requests r WHERE ${OPEN_TODAY} GROUP BY r.stage ORDER BY ${OPEN_STAGE_ORDER}`,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM ehc_requests r WHERE ${OPEN_OVER_TWENTY_WEEKS}`,
        [todayInEngland()],
      ),
      // Due in the period and either returned or past its deadline; not yet due and still out is not counted.
      this.dataSource.query(
        `SELECT g.name AS agency, a.advice_kind, count(*)::int AS due, count(*) FILTER (WHERE ${ADVICE_ON_TIME})::int AS on_time
           FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          WHERE ${ADVICES_DUE_IN_PERIOD}
          GROUP BY g.name, a.advice_kind ORDER BY a.advice_kind, g.name`,
        [`${months[0]}-01`, until, todayInEngland()],
      ),
    ]);
    const issued: IssuedPlan[] = plans.map((p: Record<string, any>) => ({ receivedOn: p.received_on, finalIssuedOn: p.final_issued_on, exceptionCase: p.exception_case }));
    const perMonth = (rows: { month: string; count: number }[]) => months.map((month) => ({ month, count: rows.find((r) => r.month === month)?.count ?? 0 }));
    return {
      months,
      withoutExceptions: planTimeliness(issued, months, true),
      withExceptions: planTimeliness(issued, months, false),
      received: perMonth(received),
      refused: perMonth(refused),
      openByStage,
      openOverTwentyWeeks: over.count,
      advicesInTime: advices.map((a: { agency: string; advice_kind: string; due: number; on_time: number }) => ({
        agency: a.agency,
        adviceKind: a.advice_kind,
        due: a.due,
        onTime: a.on_time,
        percent: percentOf(a.on_time, a.due),
      })),
    };
  }

  /** The cases behind a figure of the table: the plans issued in a month, those in 20 weeks, or those late. */
  async timelinessCases(query: TimelinessCasesQuery): Promise<TimelinessCase[]> {
    const rows = await this.dataSource.query(`${ISSUED_PLANS} ORDER BY r.final_issued_on, c.case_reference`, [`${query.month}-01`, addDays(addMonths(`${query.month}-01`, 1), -1)]);
    return rows
      .map((p: Record<string, any>): TimelinessCase => {
        const plan = { receivedOn: p.received_on, finalIssuedOn: p.final_issued_on, exceptionCase: p.exception_case };
        return { childId: p.child_id, caseReference: p.case_reference, ...plan, inTwentyWeeks: issuedInTwentyWeeks(plan) };
      })
      .filter((c: TimelinessCase) => (query.exceptions === 'include' || !c.exceptionCase) && (query.measure === 'in_twenty_weeks' ? c.inTwentyWeeks : query.measure === 'late' ? !c.inTwentyWeeks : true));
  }
}
