import {
  gatewayOfMeeting,
  NEXT_DEADLINE_WEEKS,
  type AdviceGateway,
  type AgendaItemKind,
  type MeetingKind,
  type WeeklyOrderReason,
} from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { proposeWeeklyOrders } from '../weekly-orders/weekly-orders-agenda.js';
import { AgendaPipelineRepository } from './agenda-pipeline.repository.js';

/** Requests decided within a week of receipt are rare: a request is ready for panel once the school's evidence is in. */
const READY_AFTER_DAYS = 7;
/** An assessment is brought for a decision to issue from week 11, to meet the local target of week 14. */
const DECISION_TO_ISSUE_FROM_WEEK = 11;
const MAX_ITEMS = 30;

export interface ProposedItem {
  kind: AgendaItemKind;
  requestId: string | null;
  panelRequestId: string | null;
  presenterId: string | null;
  restricted: boolean;
  /** A Weekly Orders item: why the child is on, kept with the item once it is added. */
  reasons?: readonly WeeklyOrderReason[];
}

/**
 * The agenda a Decision-Making Group needs on `on`, from the case pipeline: requests awaiting a decision to
 * assess and assessments awaiting a decision to issue, most urgent statutory deadline first; then changes
 * of placement, funding and personal budget requests awaiting the panel, soonest start first. Nothing
 * already on another meeting's open agenda. Each item is presented by the case's Family Link Officer.
 */
export async function proposeAgenda(
  manager: EntityManager,
  kind: MeetingKind,
  on: string,
): Promise<ProposedItem[]> {
  if (kind === 'weekly_orders') return proposeWeeklyOrders(manager, on);
  const pipeline = new AgendaPipelineRepository(manager);
  const gateway = gatewayOfMeeting(kind);
  if (gateway) return proposeTriage(pipeline, gateway);
  if (!AgendaPipelineRepository.hearsCohort(kind)) return [];
  const restricted = kind === 'dmg_children_in_care';
  const days = {
    assessAfter: READY_AFTER_DAYS,
    issueAfter: DECISION_TO_ISSUE_FROM_WEEK * 7,
    assessDue: NEXT_DEADLINE_WEEKS.received! * 7,
    issueDue: NEXT_DEADLINE_WEEKS.assessment! * 7,
  };
  const statutory: ProposedItem[] = (await pipeline.awaitingDecision(kind, on, days, MAX_ITEMS)).map((r) => ({
    kind: r.kind,
    requestId: r.id,
    panelRequestId: null,
    presenterId: r.family_link_officer_id,
    restricted,
  }));
  if (statutory.length >= MAX_ITEMS) return statutory;
  const requests = await pipeline.panelRequestsAwaiting(kind, MAX_ITEMS - statutory.length);
  return [
    ...statutory,
    ...requests.map((r) => ({
      kind: r.kind,
      requestId: null,
      panelRequestId: r.id,
      presenterId: r.family_link_officer_id,
      restricted,
    })),
  ];
}

/**
 * An advice gateway's agenda: each child whose request for the gateway's advice awaits triage, oldest request
 * for advice first (its 6 weeks are already running), once, on no other open agenda of that gateway.
 */
async function proposeTriage(
  pipeline: AgendaPipelineRepository,
  gateway: AdviceGateway,
): Promise<ProposedItem[]> {
  const requestIds = await pipeline.awaitingTriage(gateway, MAX_ITEMS);
  return requestIds.map((requestId) => ({
    kind: 'advice_triage' as const,
    requestId,
    panelRequestId: null,
    presenterId: null,
    restricted: false,
  }));
}
