import type { Queryable } from '../database/prepared-statement.repository.js';

/** A disagreement's columns as stored, dates as YYYY-MM-DD, with who recorded it. */
export interface DisagreementRow {
  id: string;
  child_id: string;
  kind: string;
  appealable_decision: string | null;
  decision_item_id: string | null;
  decision_notified_on: string;
  opened_on: string;
  summary: string;
  complaint_stage: string | null;
  mediation_declined_on: string | null;
  mediation_requested_on: string | null;
  mediation_held_on: string | null;
  certificate_issued_on: string | null;
  appeal_sent_to_council_on: string | null;
  response_sent_on: string | null;
  hearing_on: string | null;
  outcome: string | null;
  outcome_on: string | null;
  order_kind: string | null;
  order_on: string | null;
  order_source: string | null;
  recorded_by: string;
  recorded_by_name: string;
}

/** The columns a step may set, by their names in the table. */
const STEP_COLUMNS = [
  'complaint_stage',
  'mediation_declined_on',
  'mediation_requested_on',
  'mediation_held_on',
  'certificate_issued_on',
  'appeal_sent_to_council_on',
  'response_sent_on',
  'hearing_on',
  'outcome',
  'outcome_on',
  'order_kind',
  'order_on',
  'order_source',
] as const;
export type StepColumn = (typeof STEP_COLUMNS)[number];

const DAY = (column: string) => `to_char(d.${column}, 'YYYY-MM-DD') AS ${column}`;
const VIEW = `SELECT d.id, d.child_id, d.kind, d.appealable_decision, d.decision_item_id, ${DAY('decision_notified_on')},
                     ${DAY('opened_on')}, d.summary, d.complaint_stage, ${DAY('mediation_declined_on')},
                     ${DAY('mediation_requested_on')}, ${DAY('mediation_held_on')}, ${DAY('certificate_issued_on')},
                     ${DAY('appeal_sent_to_council_on')}, ${DAY('response_sent_on')}, ${DAY('hearing_on')}, d.outcome,
                     ${DAY('outcome_on')}, d.order_kind, ${DAY('order_on')}, d.order_source, d.recorded_by,
                     u.display_name AS recorded_by_name
                FROM disagreements d
                JOIN users u ON u.id = d.recorded_by`;

/** The register of disagreements: written, changed step by step, read per case. */
export class DisagreementsRepository {
  constructor(private readonly db: Queryable) {}

  async add(row: {
    childId: string;
    kind: string;
    appealableDecision: string | null;
    decisionItemId: string | null;
    decisionNotifiedOn: string;
    openedOn: string;
    summary: string;
    complaintStage: string | null;
    recordedBy: string;
  }): Promise<string> {
    const [added] = await this.db.query<{ id: string }[]>(
      `INSERT INTO disagreements (child_id, kind, appealable_decision, decision_item_id, decision_notified_on, opened_on,
                                  summary, complaint_stage, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        row.childId,
        row.kind,
        row.appealableDecision,
        row.decisionItemId,
        row.decisionNotifiedOn,
        row.openedOn,
        row.summary,
        row.complaintStage,
        row.recordedBy,
      ],
    );
    return added!.id;
  }

  async ofChild(childId: string): Promise<DisagreementRow[]> {
    return this.db.query<DisagreementRow[]>(
      `${VIEW} WHERE d.child_id = $1 ORDER BY d.opened_on DESC, d.created_at DESC`,
      [childId],
    );
  }

  /** The disagreement, locked for a change, if it is on this child's case. */
  async lock(childId: string, disagreementId: string): Promise<DisagreementRow | null> {
    const [row] = await this.db.query<DisagreementRow[]>(
      `${VIEW} WHERE d.id = $1 AND d.child_id = $2 FOR UPDATE OF d`,
      [disagreementId, childId],
    );
    return row ?? null;
  }

  async find(disagreementId: string): Promise<DisagreementRow | null> {
    const [row] = await this.db.query<DisagreementRow[]>(`${VIEW} WHERE d.id = $1`, [disagreementId]);
    return row ?? null;
  }

  async setSteps(disagreementId: string, changes: Partial<Record<StepColumn, string | null>>): Promise<void> {
    const columns = STEP_COLUMNS.filter((c) => c in changes);
    if (!columns.length) return;
    await this.db.query(
      `UPDATE disagreements SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
        WHERE id = $1`,
      [disagreementId, ...columns.map((c) => changes[c] ?? null)],
    );
  }

  /** Whether the agenda item decided something on this child's case (its request or one of its panel requests). */
  async isDecisionOnChild(itemId: string, childId: string): Promise<boolean> {
    const [row] = await this.db.query<{ found: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM agenda_items a
           LEFT JOIN ehc_requests r ON r.id = a.request_id
           LEFT JOIN panel_requests p ON p.id = a.panel_request_id
          WHERE a.id = $1 AND COALESCE(r.child_id, p.child_id) = $2 AND a.status = 'decided') AS found`,
      [itemId, childId],
    );
    return row!.found;
  }

  /** The actions an order, concession or mediation agreement put on the tracker, with the day each was done. */
  async complianceActions(disagreementId: string): Promise<{ what: string; done_on: string | null }[]> {
    return this.db.query(
      `SELECT what, CASE WHEN status = 'done' THEN to_char(closed_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') END AS done_on
         FROM actions WHERE disagreement_id = $1`,
      [disagreementId],
    );
  }

  /** The case's Family Link Officer, if it has one and they are active. */
  async officerOf(childId: string): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT u.id FROM children c JOIN users u ON u.id = c.family_link_officer_id AND u.active
        WHERE c.id = $1`,
      [childId],
    );
    return row?.id ?? null;
  }
}
