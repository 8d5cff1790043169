import type { AppealableDecisionCount } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A disagreement on the register as the indicators read it, with its case reference; dates as YYYY-MM-DD. */
export interface DisagreementIndicatorRow {
  id: string;
  child_id: string;
  case_reference: string;
  kind: string;
  appealable_decision: string | null;
  decision_notified_on: string;
  opened_on: string;
  outcome: string | null;
  outcome_on: string | null;
}

export interface AppealableDecisionTallyRow {
  month: string;
  decision_type: AppealableDecisionCount;
  decisions: number;
}

/**
 * What the disagreement indicators count: the disagreements opened or decided in a period, and the appealable
 * decisions made in it by month and kind (as `APPEALABLE_DECISION_COUNTS` in libs/domain defines them).
 */
export class DisagreementIndicatorsRepository {
  constructor(private readonly db: Queryable) {}

  async openedOrDecidedBetween(from: string, to: string): Promise<DisagreementIndicatorRow[]> {
    return this.db.query<DisagreementIndicatorRow[]>(
      `SELECT d.id, d.child_id, c.case_reference, d.kind, d.appealable_decision,
              to_char(d.decision_notified_on, 'YYYY-MM-DD') AS decision_notified_on,
              to_char(d.opened_on, 'YYYY-MM-DD') AS opened_on, d.outcome,
              to_char(d.outcome_on, 'YYYY-MM-DD') AS outcome_on
         FROM disagreements d JOIN children c ON c.id = d.child_id
        WHERE d.opened_on BETWEEN $1 AND $2 OR d.outcome_on BETWEEN $1 AND $2
        ORDER BY d.opened_on, c.case_reference`,
      [from, to],
    );
  }

  /**
   * Refusals to assess (on the decision whether to assess), refusals to issue (on the decision, or the closing day
   * an import recorded), final plans issued, plans amended after a review or for a phase transfer, plans maintained
   * unamended after a review, and decisions to cease, each in the month it was made.
   */
  async appealableDecisionsBetween(from: string, to: string): Promise<AppealableDecisionTallyRow[]> {
    return this.db.query<AppealableDecisionTallyRow[]>(
      `SELECT to_char(made_on, 'YYYY-MM') AS month, decision_type, count(*)::int AS decisions
         FROM (SELECT 'refusal_to_assess' AS decision_type, decision_to_assess_on AS made_on
                 FROM ehc_requests WHERE stage = 'refused'
               UNION ALL
               SELECT 'refusal_to_issue', coalesce(decision_to_issue_on, closed_on)
                 FROM ehc_requests WHERE stage = 'not_issued'
               UNION ALL
               SELECT 'plan_issued_or_amended', final_issued_on FROM ehc_requests
               UNION ALL
               SELECT 'plan_issued_or_amended', amended_plan_issued_on FROM annual_reviews
               UNION ALL
               SELECT 'plan_issued_or_amended', amended_plan_issued_on FROM phase_transfers
               UNION ALL
               SELECT 'refusal_to_amend', decision_on FROM annual_reviews WHERE decision_outcome = 'maintain'
               UNION ALL
               SELECT 'cease_plan', decision_on FROM annual_reviews WHERE decision_outcome = 'cease') made
        WHERE made_on BETWEEN $1 AND $2
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [from, to],
    );
  }
}
