import type { DecisionBreakdown, DecisionOutcome } from '@convene/contracts';

/*
 * Decision-Making Group decisions, read from the requests' recorded steps, in one place for the leadership
 * report, the dashboard's figures and the lists of cases behind them, so a count and its list never disagree.
 */

/** The step each outcome records on the request. */
export const DECISION_STEP: Record<DecisionOutcome, string> = {
  agreed_to_assess: 'assessment',
  refused_to_assess: 'refused',
  agreed_to_issue: 'decision_to_issue',
  not_issued: 'not_issued',
};

/** A column for each outcome, named for it (`agreed_to_assess`…), counting the steps of DECISIONS_IN_PERIOD. */
export const DECISION_COUNTS = Object.entries(DECISION_STEP)
  .map(([outcome, stage]) => `count(*) FILTER (WHERE e.stage = '${stage}')::int AS ${outcome}`)
  .join(', ');

/** The grouping each breakdown of decisions uses, over the aliases of DECISIONS_IN_PERIOD. */
export const DECISION_BREAKDOWN: Record<DecisionBreakdown | 'month', string> = {
  month: `to_char(e.occurred_on, 'YYYY-MM')`,
  locality: 'l.name',
  need: 'c.primary_need',
  setting: `coalesce(c.setting_name, 'No setting recorded')`,
};

/** Decision steps taken from $1 to $2, both included, with their case: aliases e (the step), r, c, l. */
export const DECISIONS_IN_PERIOD = `
  FROM request_events e
  JOIN ehc_requests r ON r.id = e.request_id
  JOIN children c ON c.id = r.child_id
  JOIN localities l ON l.id = c.locality_id
 WHERE e.stage IN ('assessment', 'refused', 'decision_to_issue', 'not_issued') AND e.occurred_on BETWEEN $1 AND $2`;
