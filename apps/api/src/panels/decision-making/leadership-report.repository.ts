import type { Queryable } from '../../database/prepared-statement.repository.js';
import { DECISION_BREAKDOWN, DECISION_COUNTS, DECISIONS_IN_PERIOD } from './decision-steps.query.js';

/** One group of decisions: its counts by column of DECISION_COUNTS, the breakdown it belongs to, and its key there. */
export type DecisionCountRow<B extends string> = Record<string, number> & {
  breakdown: B | 'total';
  key: string | null;
};

/** The SEND leadership team's report on decisions, counted from the requests' recorded steps. */
export class LeadershipReportRepository {
  constructor(private readonly db: Queryable) {}

  /** One pass over the period's decisions for the total and every breakdown (GROUPING SETS), not one query each. */
  decisionCounts<B extends Extract<keyof typeof DECISION_BREAKDOWN, string>>(
    breakdowns: readonly B[],
    from: string,
    to: string,
  ): Promise<DecisionCountRow<B>[]> {
    return this.db.query(
      `SELECT CASE ${breakdowns.map((b) => `WHEN GROUPING(e.${b}) = 0 THEN '${b}'`).join(' ')} ELSE 'total' END AS breakdown,
              coalesce(${breakdowns.map((b) => `e.${b}`).join(', ')}) AS key,
              ${DECISION_COUNTS}
         FROM (SELECT e.stage, ${breakdowns.map((b) => `${DECISION_BREAKDOWN[b]} AS ${b}`).join(', ')} ${DECISIONS_IN_PERIOD}) e
        GROUP BY GROUPING SETS ((), ${breakdowns.map((b) => `(e.${b})`).join(', ')})
        ORDER BY 1, 2`,
      [from, to],
    );
  }
}
