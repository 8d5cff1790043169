import { Injectable } from '@nestjs/common';
import type { TimelinessCase, TimelinessReport } from '@convene/contracts';
import {
  ADVICE_KINDS,
  addDays,
  addMonths,
  issuedInTwentyWeeks,
  percentOf,
  monthsEnding,
  planTimelinessFromTallies,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import type { TimelinessCasesQuery, TimelinessQuery } from './dashboard.dto.js';
import { GatewayFiguresRepository } from '../panels/advice-gateway/gateway-figures.repository.js';
import { TimelinessRepository } from './timeliness.repository.js';

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
    const figures = new TimelinessRepository(this.dataSource.manager);
    const gatewayFigures = new GatewayFiguresRepository(this.dataSource.manager);
    const [plans, requests, open, advices, quality] = await Promise.all([
      figures.issuedPlanTallies(`${from}-01`, until),
      figures.requestsByMonth(`${months[0]}-01`, until),
      figures.openByStage(today),
      // Due in the period and either returned or past its deadline; not yet due and still out is not counted.
      figures.advicesInTime(`${months[0]}-01`, until, today),
      Promise.all(ADVICE_KINDS.map((kind) => gatewayFigures.quality(kind, `${months[0]}-01`, until))),
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
      advicesInTime: advices.map((a) => ({
        agency: a.agency,
        adviceKind: a.advice_kind,
        due: a.due,
        onTime: a.on_time,
        percent: percentOf(a.on_time, a.due),
      })),
      adviceQuality: ADVICE_KINDS.map((adviceKind, i) => ({
        adviceKind,
        rated: quality[i]!.rated,
        meeting: quality[i]!.meeting,
        percent: percentOf(quality[i]!.meeting, quality[i]!.rated),
      })),
    };
  }

  /** The cases behind a figure of the table: the plans issued in a month, those in 20 weeks, or those late. */
  async timelinessCases(query: TimelinessCasesQuery): Promise<TimelinessCase[]> {
    const rows = await new TimelinessRepository(this.dataSource.manager).issuedPlans(
      `${query.month}-01`,
      addDays(addMonths(`${query.month}-01`, 1), -1),
    );
    return rows
      .map((p): TimelinessCase => {
        const plan = {
          receivedOn: p.received_on,
          finalIssuedOn: p.final_issued_on,
          exceptionCase: p.exception_case,
        };
        return {
          childId: p.child_id,
          caseReference: p.case_reference,
          ...plan,
          inTwentyWeeks: issuedInTwentyWeeks(plan),
        };
      })
      .filter(
        (c) =>
          (query.exceptions === 'include' || !c.exceptionCase) &&
          (query.measure === 'in_twenty_weeks'
            ? c.inTwentyWeeks
            : query.measure === 'late'
              ? !c.inTwentyWeeks
              : true),
      );
  }
}
