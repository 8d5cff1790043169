import type { AdviceGateway, AgendaItemKind, MeetingKind } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** Which children each Decision-Making Group hears. */
const COHORT: Partial<Record<MeetingKind, string>> = {
  dmg: `NOT ('looked_after' = ANY(c.vulnerability_markers))`,
  dmg_children_in_care: `'looked_after' = ANY(c.vulnerability_markers)`,
  dmg_vulnerable: `c.locality_id IN (SELECT id FROM localities WHERE is_vulnerable_pupils_team)`,
};

/** When a request is ready for each decision, in days after its receipt, and the statutory deadline of each. */
export interface PipelineDays {
  /** Ready for a decision to assess this many days after receipt. */
  assessAfter: number;
  /** Ready for a decision to issue this many days after receipt. */
  issueAfter: number;
  /** Due for a decision to assess this many days after receipt. */
  assessDue: number;
  /** Due for a decision to issue this many days after receipt. */
  issueDue: number;
}

/** A case waiting for a panel, with the Family Link Officer who presents it. */
export interface WaitingCase {
  id: string;
  kind: AgendaItemKind;
  family_link_officer_id: string | null;
}

/** The case pipeline as the panels' agendas draw on it: what waits for a decision, on no open agenda yet. */
export class AgendaPipelineRepository {
  constructor(private readonly db: Queryable) {}

  /** Whether the meeting kind hears a cohort of children from the pipeline. */
  static hearsCohort(kind: MeetingKind): boolean {
    return COHORT[kind] !== undefined;
  }

  /**
   * Requests awaiting a decision to assess and assessments awaiting a decision to issue, ready on `on`, most
   * urgent statutory deadline first.
   */
  async awaitingDecision(
    kind: MeetingKind,
    on: string,
    days: PipelineDays,
    limit: number,
  ): Promise<WaitingCase[]> {
    return this.db.query(
      `SELECT r.id, c.family_link_officer_id,
            CASE WHEN r.stage = 'received' THEN 'decision_to_assess' ELSE 'decision_to_issue' END AS kind,
            CASE WHEN r.stage = 'received' THEN r.received_on + $2::int ELSE r.received_on + $3::int END AS due_on
       FROM ehc_requests r JOIN children c ON c.id = r.child_id
      WHERE ${COHORT[kind]}
        AND ((r.stage = 'received' AND r.received_on <= $1::date - $4::int)
          OR (r.stage = 'assessment' AND r.received_on <= $1::date - $5::int))
        AND NOT EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                         WHERE a.request_id = r.id AND a.status IN ('pending', 'in_discussion') AND m.status <> 'ended')
      ORDER BY due_on, c.vulnerability_score DESC, c.case_reference
      LIMIT ${limit}`,
      [on, days.assessDue, days.issueDue, days.assessAfter, days.issueAfter],
    );
  }

  /** Changes of placement, funding and personal budget requests awaiting the panel, soonest start first. */
  async panelRequestsAwaiting(kind: MeetingKind, limit: number): Promise<WaitingCase[]> {
    return this.db.query(
      `SELECT pr.id, pr.kind, c.family_link_officer_id
       FROM panel_requests pr JOIN children c ON c.id = pr.child_id
      WHERE ${COHORT[kind]} AND pr.status = 'awaiting_panel'
        AND NOT EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                         WHERE a.panel_request_id = pr.id AND a.status IN ('pending', 'in_discussion') AND m.status <> 'ended')
      ORDER BY pr.starts_on NULLS LAST, pr.raised_at
      LIMIT ${limit}`,
    );
  }

  /** The case requests whose advice for the gateway awaits triage, oldest request for advice first, once each. */
  async awaitingTriage(gateway: AdviceGateway, limit: number): Promise<string[]> {
    const rows = await this.db.query<{ request_id: string }[]>(
      `SELECT a.request_id, min(a.requested_on) AS asked_on
       FROM advice_requests a
      WHERE a.advice_kind = $1 AND a.status = 'awaiting_triage'
        AND NOT EXISTS (SELECT 1 FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
                         WHERE i.request_id = a.request_id AND i.kind = 'advice_triage' AND m.kind = $2
                           AND i.status IN ('pending', 'in_discussion') AND m.status <> 'ended')
      GROUP BY a.request_id ORDER BY asked_on, a.request_id LIMIT ${limit}`,
      [gateway.adviceKind, gateway.meetingKind],
    );
    return rows.map((r) => r.request_id);
  }
}
