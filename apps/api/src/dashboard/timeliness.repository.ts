import type { PlanMonthTally } from '@convene/domain';
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

/** Whether a reg 10(4) exception applied to the request (alias r). */
const EXCEPTION_CASE = `EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)')`;

/** A final plan issued, with its case, for the lists behind the figures. */
export interface IssuedPlanRow {
  id: string;
  child_id: string;
  case_reference: string;
  received_on: string;
  final_issued_on: string;
  exception_case: boolean;
}

/** Final plans issued from $1 to $2 with their case, for the lists behind the figures. */
const ISSUED_PLANS = `
  SELECT r.id, r.child_id, c.case_reference, r.received_on, r.final_issued_on, ${EXCEPTION_CASE} AS exception_case
    FROM ehc_requests r JOIN children c ON c.id = r.child_id
   WHERE r.final_issued_on BETWEEN $1 AND $2`;

/** The monthly return's timeliness figures: plans issued, requests received and refused, open requests, advices in time. */
export class TimelinessRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Final plans issued from $1 to $2 counted by month, with and without reg 10(4) exception cases: two years of plans
   * need not come back one by one. A test holds these counts to the libs' `tallyPlansByMonth`.
   */
  async issuedPlanTallies(
    from: string,
    to: string,
  ): Promise<{ withoutExceptions: PlanMonthTally[]; withExceptions: PlanMonthTally[] }> {
    const rows = await this.db.query<
      {
        month: string;
        issued: number;
        in_twenty_weeks: number;
        exceptions_issued: number;
        exceptions_in_twenty_weeks: number;
      }[]
    >(
      `SELECT month, count(*)::int AS issued, count(*) FILTER (WHERE in_twenty_weeks)::int AS in_twenty_weeks,
              count(*) FILTER (WHERE exception_case)::int AS exceptions_issued, count(*) FILTER (WHERE exception_case AND in_twenty_weeks)::int AS exceptions_in_twenty_weeks
         FROM (SELECT to_char(r.final_issued_on, 'YYYY-MM') AS month, ${ISSUED_IN_TWENTY_WEEKS} AS in_twenty_weeks, ${EXCEPTION_CASE} AS exception_case
                 FROM ehc_requests r WHERE r.final_issued_on BETWEEN $1 AND $2) plans
        GROUP BY month ORDER BY month`,
      [from, to],
    );
    return {
      withExceptions: rows.map((r) => ({
        month: r.month,
        issued: r.issued,
        inTwentyWeeks: r.in_twenty_weeks,
      })),
      withoutExceptions: rows
        .map((r) => ({
          month: r.month,
          issued: r.issued - r.exceptions_issued,
          inTwentyWeeks: r.in_twenty_weeks - r.exceptions_in_twenty_weeks,
        }))
        .filter((r) => r.issued > 0),
    };
  }

  /** Final plans issued between the dates, with their case, by day and case. */
  issuedPlans(from: string, to: string): Promise<IssuedPlanRow[]> {
    return this.db.query(`${ISSUED_PLANS} ORDER BY r.final_issued_on, c.case_reference`, [from, to]);
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
