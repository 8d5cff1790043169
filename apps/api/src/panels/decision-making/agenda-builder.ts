import { NEXT_DEADLINE_WEEKS, type AgendaItemKind, type MeetingKind } from '@convene/domain';
import type { EntityManager } from 'typeorm';

/** Requests decided within a week of receipt are rare: a request is ready for panel once the school's evidence is in. */
const READY_AFTER_DAYS = 7;
/** An assessment is brought for a decision to issue from week 11, to meet the local target of week 14. */
const DECISION_TO_ISSUE_FROM_WEEK = 11;
const MAX_ITEMS = 30;

/** Which children each Decision-Making Group hears. */
const COHORT: Partial<Record<MeetingKind, string>> = {
  dmg: `NOT ('looked_after' = ANY(c.vulnerability_markers))`,
  dmg_children_in_care: `'looked_after' = ANY(c.vulnerability_markers)`,
  dmg_vulnerable: `c.locality_id IN (SELECT id FROM localities WHERE is_vulnerable_pupils_team)`,
};

export interface ProposedItem {
  kind: AgendaItemKind;
  requestId: string | null;
  panelRequestId: string | null;
  presenterId: string | null;
  restricted: boolean;
}

/**
 * The agenda a Decision-Making Group needs on `on`, from the case pipeline: requests awaiting a decision to
 * assess and assessments awaiting a decision to issue, most urgent statutory deadline first; then changes
 * of placement, funding and personal budget requests awaiting the panel, soonest start first. Nothing
 * already on another meeting's open agenda. Each item is presented by the case's Family Link Officer.
 */
export async function proposeAgenda(manager: EntityManager, kind: MeetingKind, on: string): Promise<ProposedItem[]> {
  if (kind === 'health_gateway') return proposeTriage(manager);
  const cohort = COHORT[kind];
  if (!cohort) return [];
  const rows = await manager.query(
    `SELECT r.id AS request_id, c.family_link_officer_id,
            CASE WHEN r.stage = 'received' THEN 'decision_to_assess' ELSE 'decision_to_issue' END AS kind,
            CASE WHEN r.stage = 'received' THEN r.received_on + $2::int ELSE r.received_on + $3::int END AS due_on
       FROM ehc_requests r JOIN children c ON c.id = r.child_id
      WHERE ${cohort}
        AND ((r.stage = 'received' AND r.received_on <= $1::date - $4::int)
          OR (r.stage = 'assessment' AND r.received_on <= $1::date - $5::int))
        AND NOT EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                         WHERE a.request_id = r.id AND a.status IN ('pending', 'in_discussion') AND m.status <> 'ended')
      ORDER BY due_on, c.vulnerability_score DESC, c.case_reference
      LIMIT ${MAX_ITEMS}`,
    [on, NEXT_DEADLINE_WEEKS.received! * 7, NEXT_DEADLINE_WEEKS.assessment! * 7, READY_AFTER_DAYS, DECISION_TO_ISSUE_FROM_WEEK * 7],
  );
  const statutory: ProposedItem[] = rows.map((r: { request_id: string; family_link_officer_id: string | null; kind: AgendaItemKind }) => ({
    kind: r.kind,
    requestId: r.request_id,
    panelRequestId: null,
    presenterId: r.family_link_officer_id,
    restricted: kind === 'dmg_children_in_care',
  }));
  if (statutory.length >= MAX_ITEMS) return statutory;
  const requests = await manager.query(
    `SELECT pr.id, pr.kind, c.family_link_officer_id
       FROM panel_requests pr JOIN children c ON c.id = pr.child_id
      WHERE ${cohort} AND pr.status = 'awaiting_panel'
        AND NOT EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                         WHERE a.panel_request_id = pr.id AND a.status IN ('pending', 'in_discussion') AND m.status <> 'ended')
      ORDER BY pr.starts_on NULLS LAST, pr.raised_at
      LIMIT ${MAX_ITEMS - statutory.length}`,
  );
  return [
    ...statutory,
    ...requests.map((r: { id: string; kind: AgendaItemKind; family_link_officer_id: string | null }) => ({
      kind: r.kind,
      requestId: null,
      panelRequestId: r.id,
      presenterId: r.family_link_officer_id,
      restricted: kind === 'dmg_children_in_care',
    })),
  ];
}

/**
 * The Health Gateway's agenda: each child whose request for health advice awaits triage, oldest request
 * for advice first (its 6 weeks are already running), once, on no other open agenda.
 */
async function proposeTriage(manager: EntityManager): Promise<ProposedItem[]> {
  const rows = await manager.query(
    `SELECT a.request_id, min(a.requested_on) AS asked_on
       FROM advice_requests a
      WHERE a.advice_kind = 'health' AND a.status = 'awaiting_triage'
        AND NOT EXISTS (SELECT 1 FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
                         WHERE i.request_id = a.request_id AND i.kind = 'advice_triage' AND i.status IN ('pending', 'in_discussion') AND m.status <> 'ended')
      GROUP BY a.request_id ORDER BY asked_on, a.request_id LIMIT ${MAX_ITEMS}`,
  );
  return rows.map((r: { request_id: string }) => ({ kind: 'advice_triage' as const, requestId: r.request_id, panelRequestId: null, presenterId: null, restricted: false }));
}
