import { Injectable } from '@nestjs/common';
import type { TimelinessCase, TimelinessReport } from '@convene/contracts';
import { addDays, addMonths, issuedInTwentyWeeks, percentOf, monthsEnding, planTimeliness, type IssuedPlan } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import type { TimelinessCasesQuery, TimelinessQuery } from './dashboard.dto.js';

const ISSUED_PLANS = `
  SELECT r.id, r.child_id, c.case_reference, r.received_on, r.final_issued_on,
         EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)') AS exception_case
    FROM ehc_requests r JOIN children c ON c.id = r.child_id
   WHERE r.final_issued_on IS NOT NULL`;

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
      this.dataSource.query(`${ISSUED_PLANS} AND r.final_issued_on BETWEEN $1 AND $2`, [`${from}-01`, until]),
      this.dataSource.query(`SELECT to_char(received_on, 'YYYY-MM') AS month, count(*)::int AS count FROM ehc_requests WHERE received_on BETWEEN $1 AND $2 GROUP BY 1`, [`${months[0]}-01`, until]),
      this.dataSource.query(
        `SELECT to_char(decision_to_assess_on, 'YYYY-MM') AS month, count(*)::int AS count FROM ehc_requests WHERE stage = 'refused' AND decision_to_assess_on BETWEEN $1 AND $2 GROUP BY 1`,
        [`${months[0]}-01`, until],
      ),
      this.dataSource.query(
        `SELECT stage, count(*)::int AS count FROM ehc_requests WHERE stage IN ('received', 'assessment', 'decision_to_issue', 'draft_issued') GROUP BY stage
          ORDER BY array_position(ARRAY['received', 'assessment', 'decision_to_issue', 'draft_issued'], stage)`,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM ehc_requests WHERE stage IN ('received', 'assessment', 'decision_to_issue', 'draft_issued') AND received_on + 140 < $1`,
        [todayInEngland()],
      ),
      // Due in the period and either returned or past its deadline; not yet due and still out is not counted.
      this.dataSource.query(
        `SELECT g.name AS agency, a.advice_kind, count(*)::int AS due, count(*) FILTER (WHERE a.returned_on <= a.requested_on + 42)::int AS on_time
           FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          WHERE a.status <> 'cancelled' AND a.requested_on + 42 BETWEEN $1 AND $2 AND (a.returned_on IS NOT NULL OR a.requested_on + 42 < $3)
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
    const rows = await this.dataSource.query(`${ISSUED_PLANS} AND to_char(r.final_issued_on, 'YYYY-MM') = $1 ORDER BY r.final_issued_on, c.case_reference`, [query.month]);
    return rows
      .map((p: Record<string, any>): TimelinessCase => {
        const plan = { receivedOn: p.received_on, finalIssuedOn: p.final_issued_on, exceptionCase: p.exception_case };
        return { childId: p.child_id, caseReference: p.case_reference, ...plan, inTwentyWeeks: issuedInTwentyWeeks(plan) };
      })
      .filter((c: TimelinessCase) => (query.exceptions === 'include' || !c.exceptionCase) && (query.measure === 'in_twenty_weeks' ? c.inTwentyWeeks : query.measure === 'late' ? !c.inTwentyWeeks : true));
  }
}
