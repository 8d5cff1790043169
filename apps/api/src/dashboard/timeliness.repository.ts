import { isPlanExceptionCase, type PlanMonthTally, type RecordedException } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';
import {
  ADVICE_ON_TIME,
  ADVICES_DUE_IN_PERIOD,
  ISSUED_IN_TWENTY_WEEKS,
  OPEN_STAGE_ORDER,
  OPEN_TODAY,
  OVER_TWENTY_WEEKS,
  RECEIVED_IN_PERIOD,
  REFUSED_IN_PERIOD,
} from './timeliness-figures.query.js';

/**
 * The reg 10(4) exceptions recorded on the request (alias r), in the terms of the libs' `RecordedException`: whether
 * one of them makes the plan an exception case is for the statutory clock (`isPlanExceptionCase`) to say, as it says
 * on the case page, so an exception the clock refuses never takes a plan out of the table.
 */
const PLAN_EXCEPTIONS = `(SELECT coalesce(json_agg(json_build_object('regulation', e.regulation, 'kind', e.kind, 'startsOn', e.starts_on,
                                   'endsOn', e.ends_on, 'adviceAskedOn', e.advice_asked_on)), '[]')
     FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)')`;

/** A final plan issued, with its case, for the lists behind the figures. */
export interface IssuedPlanRow {
  id: string;
  child_id: string;
  case_reference: string;
  received_on: string;
  final_issued_on: string;
  exception_case: boolean;
}

/** Final plans issued from $1 to $2 with their case and their reg 10(4) exceptions, for the lists behind the figures. */
const ISSUED_PLANS = `
  SELECT r.id, r.child_id, c.case_reference, r.received_on, r.final_issued_on, ${PLAN_EXCEPTIONS} AS exceptions
    FROM ehc_requests r JOIN children c ON c.id = r.child_id
   WHERE r.final_issued_on BETWEEN $1 AND $2`;

/** The monthly return's timeliness figures: plans issued, requests received and refused, open requests, advices in time. */
export class TimelinessRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Final plans issued from $1 to $2 counted by month, with and without exception cases: two years of plans need not
   * come back one by one, only those with a reg 10(4) exception recorded, for the clock to judge. A test holds these
   * counts to the libs' `tallyPlansByMonth`.
   */
  async issuedPlanTallies(
    from: string,
    to: string,
  ): Promise<{ withoutExceptions: PlanMonthTally[]; withExceptions: PlanMonthTally[] }> {
    const [tallies, withRecordedExceptions] = await Promise.all([
      this.db.query<PlanMonthTally[]>(
        `SELECT to_char(r.final_issued_on, 'YYYY-MM') AS month, count(*)::int AS issued,
                count(*) FILTER (WHERE ${ISSUED_IN_TWENTY_WEEKS})::int AS "inTwentyWeeks"
           FROM ehc_requests r WHERE r.final_issued_on BETWEEN $1 AND $2
          GROUP BY month ORDER BY month`,
        [from, to],
      ),
      this.db.query<
        { month: string; received_on: string; in_twenty_weeks: boolean; exceptions: RecordedException[] }[]
      >(
        `SELECT to_char(r.final_issued_on, 'YYYY-MM') AS month, r.received_on, ${ISSUED_IN_TWENTY_WEEKS} AS in_twenty_weeks,
                ${PLAN_EXCEPTIONS} AS exceptions
           FROM ehc_requests r
          WHERE r.final_issued_on BETWEEN $1 AND $2
            AND EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)')`,
        [from, to],
      ),
    ]);
    const exceptionCases = withRecordedExceptions.filter((plan) =>
      isPlanExceptionCase(plan.received_on, plan.exceptions),
    );
    return {
      withExceptions: tallies,
      withoutExceptions: tallies
        .map((tally) => {
          const left = exceptionCases.filter((plan) => plan.month === tally.month);
          return {
            month: tally.month,
            issued: tally.issued - left.length,
            inTwentyWeeks: tally.inTwentyWeeks - left.filter((plan) => plan.in_twenty_weeks).length,
          };
        })
        .filter((tally) => tally.issued > 0),
    };
  }

  /** Final plans issued between the dates, with their case, by day and case; an exception case as the clock judges it. */
  async issuedPlans(from: string, to: string): Promise<IssuedPlanRow[]> {
    const rows = await this.db.query<
      (Omit<IssuedPlanRow, 'exception_case'> & { exceptions: RecordedException[] })[]
    >(`${ISSUED_PLANS} ORDER BY r.final_issued_on, c.case_reference`, [from, to]);
    return rows.map(({ exceptions, ...plan }) => ({
      ...plan,
      exception_case: isPlanExceptionCase(plan.received_on, exceptions),
    }));
  }

  /** Requests received, and refused an assessment, by month, between the dates. */
  requestsByMonth(from: string, to: string): Promise<{ month: string; received: number; refused: number }[]> {
    return this.db.query(
      `SELECT month, count(*) FILTER (WHERE counted = 'received')::int AS received, count(*) FILTER (WHERE counted = 'refused')::int AS refused
           FROM (SELECT to_char(r.received_on, 'YYYY-MM') AS month, 'received' AS counted FROM ehc_requests r WHERE ${RECEIVED_IN_PERIOD}
                 UNION ALL
                 SELECT to_char(r.decision_to_assess_on, 'YYYY-MM'), 'refused' FROM ehc_requests r WHERE ${REFUSED_IN_PERIOD}) requests
          GROUP BY month`,
      [from, to],
    );
  }

  /** Requests open on `today` by stage, along the path, and how many of them are past 20 weeks. */
  openByStage(today: string): Promise<{ stage: string; count: number; over: number }[]> {
    return this.db.query(
      `SELECT r.stage, count(*)::int AS count, count(*) FILTER (WHERE ${OVER_TWENTY_WEEKS})::int AS over FROM ehc_requests r WHERE ${OPEN_TODAY} GROUP BY r.stage ORDER BY ${OPEN_STAGE_ORDER}`,
      [today],
    );
  }

  /** Advices due between the dates and either returned or past their deadline on `today`, by agency and kind, and how many were on time. */
  advicesInTime(
    from: string,
    to: string,
    today: string,
  ): Promise<{ agency: string; advice_kind: string; due: number; on_time: number }[]> {
    return this.db.query(
      `SELECT g.name AS agency, a.advice_kind, count(*)::int AS due, count(*) FILTER (WHERE ${ADVICE_ON_TIME})::int AS on_time
           FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          WHERE ${ADVICES_DUE_IN_PERIOD}
          GROUP BY g.name, a.advice_kind ORDER BY a.advice_kind, g.name`,
      [from, to, today],
    );
  }
}
