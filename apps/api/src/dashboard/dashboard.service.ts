import { Injectable } from '@nestjs/common';
import type { TimelinessCase, TimelinessReport } from '@convene/contracts';
import { addDays, addMonths, issuedInTwentyWeeks, percentOf, monthsEnding, planTimelinessFromTallies } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import type { TimelinessCasesQuery, TimelinessQuery } from './dashboard.dto.js';
import { ISSUED_PLANS, issuedPlanTallies } from './issued-plans.query.js';
import {
  ADVICE_ON_TIME,
  ADVICES_DUE_IN_PERIOD,
  OPEN_STAGE_ORDER,
  OPEN_TODAY,
  OVER_TWENTY_WEEKS,
  RECEIVED_IN_PERIOD,
  REFUSED_IN_PERIOD,
} from './timeliness-figures.query.js';

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
    const today = todayInEngland();
    const [plans, requests, open, advices] = await Promise.all([
      issuedPlanTallies(this.dataSource, `${from}-01`, until),
      this.dataSource.query(
        `SELECT month, count(*) FILTER (WHERE counted = 'received')::int AS received, count(*) FILTER (WHERE counted = 'refused')::int AS refused
           FROM (SELECT to_char(r.received_on, 'YYYY-MM') AS month, 'received' AS counted FROM ehc_requests r WHERE ${RECEIVED_IN_PERIOD}
                 UNION ALL
                 SELECT to_char(r.decision_to_assess_on, 'YYYY-MM'), 'refused' FROM ehc_requests r WHERE ${REFUSED_IN_PERIOD}) requests
          GROUP BY month`,
        [`${months[0]}-01`, until],
      ) as Promise<{ month: string; received: number; refused: number }[]>,
      this.dataSource.query(
        `SELECT r.stage, count(*)::int AS count, count(*) FILTER (WHERE ${OVER_TWENTY_WEEKS})::int AS over FROM ehc_requests r WHERE ${OPEN_TODAY} GROUP BY r.stage ORDER BY ${OPEN_STAGE_ORDER}`,
        [today],
      ) as Promise<{ stage: string; count: number; over: number }[]>,
      // Due in the period and either returned or past its deadline; not yet due and still out is not counted.
      this.dataSource.query(
        `SELECT g.name AS agency, a.advice_kind, count(*)::int AS due, count(*) FILTER (WHERE ${ADVICE_ON_TIME})::int AS on_time
           FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          WHERE ${ADVICES_DUE_IN_PERIOD}
          GROUP BY g.name, a.advice_kind ORDER BY a.advice_kind, g.name`,
        [`${months[0]}-01`, until, today],
      ),
    ]);
    const perMonth = (count: (row: { received: number; refused: number }) => number) =>
      months.map((month) => {
        const row = requests.find((r) => r.month === month);
        return { month, count: row ? count(row) : 0 };
      });
    return {
      months,
      withoutExceptions: planTimelinessFromTallies(plans.withoutExceptions, months),
      withExceptions: planTimelinessFromTallies(plans.withExceptions, months),
      received: perMonth((r) => r.received),
      refused: perMonth((r) => r.refused),
      openByStage: open.map(({ stage, count }) => ({ stage, count })),
      openOverTwentyWeeks: open.reduce((n, r) => n + r.over, 0),
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
