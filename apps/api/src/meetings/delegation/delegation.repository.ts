import type { DelegatedDecisionView, DelegationRuleView } from '@convene/contracts';
import { outcomeHasLetter, type DelegableKind, type DelegateRole, type MeetingKind } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';
import type { DecisionForLetter } from '../agenda-items.repository.js';

const RULE = `id, kind, role, max_amount_pence AS "maxAmountPence", active`;

const DECISION = `SELECT d.id, d.kind, d.request_id, d.panel_request_id, d.outcome, d.reasons, d.recommendations, d.amount_pence,
         d.decided_by, u.display_name AS decided_by_name, d.decided_at, d.noted_by, c.case_reference
    FROM delegated_decisions d JOIN users u ON u.id = d.decided_by JOIN children c ON c.id = d.child_id`;

interface DecisionRow {
  id: string;
  kind: DelegableKind;
  request_id: string | null;
  panel_request_id: string | null;
  outcome: string;
  reasons: string;
  recommendations: string | null;
  amount_pence: number | null;
  decided_by: string;
  decided_by_name: string;
  decided_at: Date;
  noted_by: MeetingKind;
  case_reference: string;
}

/** A decision as it is taken under the scheme. */
export interface NewDelegatedDecision {
  childId: string;
  kind: DelegableKind;
  requestId: string | null;
  panelRequestId: string | null;
  outcome: string;
  reasons: string;
  recommendations: string | null;
  amountPence: number | null;
  ruleId: string;
  decidedBy: string;
  notedBy: MeetingKind;
}

/** What an administrator may change in a line of the scheme; undefined leaves it as it is. */
export interface DelegationRuleChange {
  maxAmountPence?: number | null;
  active?: boolean;
}

/** The council's scheme of delegation, and the decisions taken under it. */
export class DelegationRepository {
  constructor(private readonly db: Queryable) {}

  scheme(): Promise<DelegationRuleView[]> {
    return this.db.query(`SELECT ${RULE} FROM delegation_rules ORDER BY kind, role`);
  }

  /** The scheme's lines in force for a kind of decision, with their ids. */
  activeFor(kind: DelegableKind): Promise<DelegationRuleView[]> {
    return this.db.query(`SELECT ${RULE} FROM delegation_rules WHERE kind = $1 AND active`, [kind]);
  }

  /** Undefined when the scheme already has a line for that kind and role (change it instead). */
  async addRule(
    kind: DelegableKind,
    role: DelegateRole,
    maxAmountPence: number | null,
  ): Promise<DelegationRuleView | undefined> {
    const [row] = await this.db.query<DelegationRuleView[]>(
      `INSERT INTO delegation_rules (kind, role, max_amount_pence) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT delegation_rules_kind_role DO NOTHING RETURNING ${RULE}`,
      [kind, role, maxAmountPence],
    );
    return row;
  }

  async lockRule(id: string): Promise<DelegationRuleView | undefined> {
    const [row] = await this.db.query<DelegationRuleView[]>(
      `SELECT ${RULE} FROM delegation_rules WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async changeRule(id: string, change: DelegationRuleChange): Promise<DelegationRuleView> {
    const [[row]] = await this.db.query<[DelegationRuleView[], number]>(
      `UPDATE delegation_rules SET max_amount_pence = CASE WHEN $2 THEN $3::integer ELSE max_amount_pence END,
              active = coalesce($4, active) WHERE id = $1 RETURNING ${RULE}`,
      [id, change.maxAmountPence !== undefined, change.maxAmountPence ?? null, change.active ?? null],
    );
    return row!;
  }

  /** A change of placement, funding or personal budget request, locked while it is decided. */
  async lockPanelRequest(
    id: string,
  ): Promise<{ child_id: string; kind: string; status: string; amount_pence: number | null } | undefined> {
    const [row] = await this.db.query<
      { child_id: string; kind: string; status: string; amount_pence: number | null }[]
    >(`SELECT child_id, kind, status, amount_pence FROM panel_requests WHERE id = $1 FOR UPDATE`, [id]);
    return row;
  }

  /** The group that notes a child's decisions: Children in Care for a looked-after child, else the main group. */
  async groupFor(childId: string): Promise<MeetingKind | undefined> {
    const [row] = await this.db.query<{ in_care: boolean }[]>(
      `SELECT 'looked_after' = ANY(vulnerability_markers) AS in_care FROM children WHERE id = $1`,
      [childId],
    );
    if (!row) return undefined;
    return row.in_care ? 'dmg_children_in_care' : 'dmg';
  }

  /** Its id. */
  async record(decision: NewDelegatedDecision): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO delegated_decisions (child_id, kind, request_id, panel_request_id, outcome, reasons, recommendations, amount_pence, rule_id, decided_by, noted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        decision.childId,
        decision.kind,
        decision.requestId,
        decision.panelRequestId,
        decision.outcome,
        decision.reasons,
        decision.recommendations,
        decision.amountPence,
        decision.ruleId,
        decision.decidedBy,
        decision.notedBy,
      ],
    );
    return row!.id;
  }

  async ofChild(childId: string): Promise<DelegatedDecisionView[]> {
    const rows = await this.db.query<DecisionRow[]>(
      `${DECISION} WHERE d.child_id = $1 ORDER BY d.decided_at DESC`,
      [childId],
    );
    return rows.map(toView);
  }

  async find(id: string): Promise<DelegatedDecisionView> {
    const [row] = await this.db.query<DecisionRow[]>(`${DECISION} WHERE d.id = $1`, [id]);
    return toView(row!);
  }

  /**
   * For a meeting: what was decided under delegation for its group to note, since the group's previous sitting
   * (not cancelled) started, up to this one's start; everything before it at the group's first sitting.
   */
  async forNoting(meetingId: string): Promise<{
    since: string | null;
    decisions: (DelegatedDecisionView & { caseReference: string })[];
  }> {
    const [meeting] = await this.db.query<{ since: Date | null }[]>(
      `SELECT (SELECT max(p.starts_at) FROM meetings p
                WHERE p.kind = m.kind AND p.starts_at < m.starts_at AND p.status <> 'cancelled') AS since
         FROM meetings m WHERE m.id = $1`,
      [meetingId],
    );
    const rows = await this.db.query<DecisionRow[]>(
      `${DECISION} JOIN meetings m ON m.id = $1 AND m.kind = d.noted_by
        WHERE d.decided_at <= m.starts_at AND ($2::timestamptz IS NULL OR d.decided_at > $2::timestamptz)
        ORDER BY d.decided_at LIMIT 500`,
      [meetingId, meeting?.since ?? null],
    );
    return {
      since: meeting?.since ? new Date(meeting.since).toISOString() : null,
      decisions: rows.map((row) => ({ ...toView(row), caseReference: row.case_reference })),
    };
  }

  /** The decision, with what its letter names, when it has a letter. */
  async decisionForLetter(childId: string, decisionId: string): Promise<DecisionForLetter | undefined> {
    const [row] = await this.db.query<DecisionForLetter[]>(
      `SELECT d.kind, d.outcome, d.reasons AS outcome_reasons, d.recommendations AS outcome_conditions, d.decided_at,
              c.id AS child_id, c.case_reference, c.given_name, c.family_name
         FROM delegated_decisions d JOIN children c ON c.id = d.child_id
        WHERE d.id = $2 AND d.child_id = $1`,
      [childId, decisionId],
    );
    return row;
  }
}

function toView(row: DecisionRow): DelegatedDecisionView {
  return {
    id: row.id,
    kind: row.kind,
    requestId: row.request_id,
    panelRequestId: row.panel_request_id,
    outcome: row.outcome,
    reasons: row.reasons,
    recommendations: row.recommendations,
    amountPence: row.amount_pence,
    decidedBy: { id: row.decided_by, displayName: row.decided_by_name },
    decidedAt: new Date(row.decided_at).toISOString(),
    notedBy: row.noted_by,
    hasLetter: outcomeHasLetter(row.kind, row.outcome),
  };
}
