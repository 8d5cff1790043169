import type { AdviceAskedFacts, CalendarDate, FamilyDecisionKind, PlanReviewFacts } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A decision to assess or to issue on one of the child's requests, with what its letter says. */
export interface FamilyDecisionRow {
  id: string;
  kind: FamilyDecisionKind;
  outcome: string;
  decided_at: Date;
  taken_by: 'panel' | 'delegated_officer';
  /** As last corrected. */
  reasons: string;
  recommendations: string | null;
  corrected_at: Date | null;
  received_on: CalendarDate;
  case_reference: string;
  given_name: string;
  family_name: string;
}

/*
 * Both ways the council decides: in a Decision-Making Group meeting (an agenda item, its reasons as last corrected)
 * and alone under the scheme of delegation. Deferrals and other kinds of decision are not the family's letters.
 */
const DECISIONS = `
  SELECT a.id, a.kind, a.outcome, a.decided_at, 'panel' AS taken_by,
         coalesce(dc.reasons, a.outcome_reasons) AS reasons,
         CASE WHEN dc.corrected_at IS NULL THEN a.outcome_conditions ELSE dc.conditions END AS recommendations,
         dc.corrected_at, r.received_on, c.case_reference, c.given_name, c.family_name
    FROM agenda_items a
    JOIN ehc_requests r ON r.id = a.request_id
    JOIN children c ON c.id = r.child_id
    LEFT JOIN LATERAL (
      SELECT d.reasons, d.conditions, d.corrected_at FROM decision_corrections d
       WHERE d.agenda_item_id = a.id ORDER BY d.corrected_at DESC, d.id DESC LIMIT 1
    ) dc ON true
   WHERE r.child_id = $1 AND a.status = 'decided' AND a.decided_at IS NOT NULL
     AND (a.kind, a.outcome) IN (('decision_to_assess', 'agree'), ('decision_to_assess', 'refuse'),
                                 ('decision_to_issue', 'issue'), ('decision_to_issue', 'not_issue'))
  UNION ALL
  SELECT d.id, d.kind, d.outcome, d.decided_at, 'delegated_officer', d.reasons, d.recommendations, NULL,
         r.received_on, c.case_reference, c.given_name, c.family_name
    FROM delegated_decisions d
    JOIN ehc_requests r ON r.id = d.request_id
    JOIN children c ON c.id = d.child_id
   WHERE d.child_id = $1 AND d.kind IN ('decision_to_assess', 'decision_to_issue')`;

/** What a family may read of the decisions, advice and reviews on their child's requests: days and outcomes. */
export class FamilyDecisionsRepository {
  constructor(private readonly db: Queryable) {}

  /** The child's decisions, latest first. */
  decisionsOf(childId: string): Promise<FamilyDecisionRow[]> {
    return this.db.query(`SELECT * FROM (${DECISIONS}) x ORDER BY decided_at DESC, id`, [childId]);
  }

  /** One of the child's decisions; undefined for a decision of another child, or none. */
  async decisionOf(childId: string, decisionId: string): Promise<FamilyDecisionRow | undefined> {
    const [row] = await this.db.query<FamilyDecisionRow[]>(`SELECT * FROM (${DECISIONS}) x WHERE id = $2`, [
      childId,
      decisionId,
    ]);
    return row;
  }

  /** The advice asked for the child's latest request, newest first: the days, never the advice. */
  adviceOf(childId: string): Promise<AdviceAskedFacts[]> {
    return this.db.query(
      `SELECT a.id, a.advice_kind AS kind, g.code AS "teamCode", a.requested_on AS "askedOn",
              a.returned_on AS "returnedOn"
         FROM advice_requests a LEFT JOIN agencies g ON g.id = a.agency_id
        WHERE a.request_id = (SELECT id FROM ehc_requests WHERE child_id = $1
                               ORDER BY received_on DESC, created_at DESC LIMIT 1)
          AND a.status <> 'cancelled'
        ORDER BY a.requested_on DESC, a.advice_kind, a.created_at`,
      [childId],
    );
  }

  /** The child's latest final plan and its last review meeting. */
  async reviewsOf(childId: string): Promise<PlanReviewFacts> {
    const [row] = await this.db.query<PlanReviewFacts[]>(
      `SELECT r.final_issued_on AS "finalIssuedOn", max(a.review_meeting_on) AS "lastReviewOn"
         FROM ehc_requests r LEFT JOIN annual_reviews a ON a.request_id = r.id
        WHERE r.child_id = $1 AND r.final_issued_on IS NOT NULL
        GROUP BY r.id ORDER BY r.final_issued_on DESC LIMIT 1`,
      [childId],
    );
    return row ?? { finalIssuedOn: null, lastReviewOn: null };
  }
}
