import type { FigureMeasure } from '@convene/contracts';
import type { Queryable } from '../database/prepared-statement.repository.js';
import { todayInEngland } from '../common/today.js';
import {
  DECISION_BREAKDOWN,
  DECISION_STEP,
  DECISIONS_IN_PERIOD,
} from '../panels/decision-making/decision-steps.query.js';
import {
  MEETS_STANDARD,
  MODERATED_ADVICES,
  MODERATED_ON,
  MODERATED_PLANS,
} from '../panels/quality/moderated-grades.query.js';
import {
  MODERATED_SENIOR_PLANS,
  SENIOR_MODERATED_ON,
} from '../panels/quality/senior-sample-figures.query.js';
import type { FigureCasesQuery } from './dashboard-figures.dto.js';
import {
  ADVICE_DUE_ON,
  ADVICE_ON_TIME,
  ADVICES_DUE_IN_PERIOD,
  FINAL_PLAN_DUE_ON,
  OPEN_OVER_TWENTY_WEEKS,
  OPEN_TODAY,
  RECEIVED_IN_PERIOD,
  REFUSED_IN_PERIOD,
} from './timeliness-figures.query.js';

/** The columns every list gives: the case's reference and dates, never the child's name or date of birth. */
const CASE = `r.child_id, c.case_reference, r.received_on`;
const REQUESTS = `FROM ehc_requests r JOIN children c ON c.id = r.child_id`;
const ADVICES = `FROM advice_requests a JOIN agencies g ON g.id = a.agency_id JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id`;

type Listing = { sql: string; params: unknown[] };

/** A case behind a figure, with the day it counts on and what the figure shows of it. */
export interface FigureCaseRow {
  child_id: string;
  case_reference: string;
  received_on: string;
  counted_on: string;
  stage?: string;
  returned_on?: string | null;
  grade?: string;
  agency?: string;
}

/**
 * The cases behind any figure of the service dashboard. Each list is read with the very conditions its figure
 * is counted with (the shared *.query.ts fragments), so the list is as long as the figure is large.
 */
export class FigureCasesRepository {
  constructor(private readonly db: Queryable) {}

  /** The cases behind the figure asked for, over the period (ignored for a figure counted today), by day and case. */
  cases(query: FigureCasesQuery, period: { from: string; to: string }): Promise<FigureCaseRow[]> {
    const { sql, params } = listing(query, period);
    return this.db.query(`${sql} ORDER BY counted_on, case_reference`, params);
  }
}

function listing(query: FigureCasesQuery, { from, to }: { from: string; to: string }): Listing {
  const measure: FigureMeasure = query.measure;
  switch (measure) {
    case 'received':
      return {
        sql: `SELECT ${CASE}, r.received_on AS counted_on ${REQUESTS} WHERE ${RECEIVED_IN_PERIOD}`,
        params: [from, to],
      };
    case 'refused':
      return {
        sql: `SELECT ${CASE}, r.decision_to_assess_on AS counted_on ${REQUESTS} WHERE ${REFUSED_IN_PERIOD}`,
        params: [from, to],
      };
    case 'open':
      return query.stage
        ? {
            sql: `SELECT ${CASE}, ${FINAL_PLAN_DUE_ON} AS counted_on, r.stage ${REQUESTS} WHERE ${OPEN_TODAY} AND r.stage = $1`,
            params: [query.stage],
          }
        : {
            sql: `SELECT ${CASE}, ${FINAL_PLAN_DUE_ON} AS counted_on, r.stage ${REQUESTS} WHERE ${OPEN_TODAY}`,
            params: [],
          };
    case 'open_over_twenty_weeks':
      return {
        sql: `SELECT ${CASE}, ${FINAL_PLAN_DUE_ON} AS counted_on, r.stage ${REQUESTS} WHERE ${OPEN_OVER_TWENTY_WEEKS}`,
        params: [todayInEngland()],
      };
    case 'advices_due':
    case 'advices_on_time':
      return {
        sql: `SELECT ${CASE}, ${ADVICE_DUE_ON} AS counted_on, a.returned_on, g.name AS agency ${ADVICES}
               WHERE ${ADVICES_DUE_IN_PERIOD} AND g.name = $4 AND a.advice_kind = $5 ${measure === 'advices_on_time' ? `AND ${ADVICE_ON_TIME}` : ''}`,
        params: [from, to, todayInEngland(), query.agency, query.adviceKind],
      };
    case 'decisions':
      return query.by
        ? {
            sql: `SELECT ${CASE}, e.occurred_on AS counted_on ${DECISIONS_IN_PERIOD} AND e.stage = $3 AND ${DECISION_BREAKDOWN[query.by]} = $4`,
            params: [from, to, DECISION_STEP[query.outcome!], query.key],
          }
        : {
            sql: `SELECT ${CASE}, e.occurred_on AS counted_on ${DECISIONS_IN_PERIOD} AND e.stage = $3`,
            params: [from, to, DECISION_STEP[query.outcome!]],
          };
    case 'plans_moderated':
    case 'plans_meeting_standard': {
      // Moderated by the group in a meeting, or by seniors between meetings (tier 2), as the figure counts both.
      const meeting = measure === 'plans_meeting_standard' ? `AND ${MEETS_STANDARD}` : '';
      return {
        sql: `SELECT ${CASE}, ${MODERATED_ON} AS counted_on, a.outcome AS grade ${MODERATED_PLANS} ${meeting}
              UNION ALL
              SELECT ${CASE}, ${SENIOR_MODERATED_ON} AS counted_on, a.outcome AS grade ${MODERATED_SENIOR_PLANS} ${meeting}`,
        params: [from, to],
      };
    }
    case 'advices_moderated':
    case 'advices_meeting_standard':
      return {
        sql: `SELECT ${CASE}, ${MODERATED_ON} AS counted_on, a.outcome AS grade, g.name AS agency ${MODERATED_ADVICES}
               AND g.name = $3 ${measure === 'advices_meeting_standard' ? `AND ${MEETS_STANDARD}` : ''}`,
        params: [from, to, query.agency],
      };
  }
}
