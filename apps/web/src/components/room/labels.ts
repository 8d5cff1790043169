import type { SnapshotItem } from '@convene/contracts';
import {
  ADVICE_GATEWAYS,
  gatewayOfMeeting,
  UNVOTED_KINDS,
  VOTE_CHOICE_LABELS,
  type AdviceGateway,
  type MeetingKind,
} from '@convene/domain';
import { sentenceStart } from '../../format';

/** How an item is named in the room: its case reference, or why it is not shown to you. */
export const itemName = (item: Pick<SnapshotItem, 'caseReference' | 'forAnotherTeam'>): string =>
  item.caseReference ?? (item.forAnotherTeam ? 'An item for another team' : 'Restricted item');

export const ITEM_KIND_LABELS: Record<string, string> = {
  decision_to_assess: 'Decision to assess',
  decision_to_issue: 'Decision to issue',
  placement_change: 'Change of placement',
  funding: 'Funding request',
  personal_budget: 'Personal budget',
  advice_triage: 'Health advice triage',
  health_funding: 'Health funding',
  dip_sample: 'Dip sample',
  advice_audit: 'Advice audit',
  joint_funding: 'Joint funding',
  case_actions: 'Actions and tasks',
};

/**
 * The advice gateway a meeting sits as, whose words the room uses ("social care advice", "social care team"). Other
 * panels that handle advice (the quality group's audits) speak of health advice, as they did before other gateways.
 */
export const gatewayWordsOf = (meetingKind: MeetingKind | undefined): AdviceGateway =>
  (meetingKind && gatewayOfMeeting(meetingKind)) || ADVICE_GATEWAYS[0]!;

/** An item's kind in words; a triage item says whose advice it triages. */
export function itemKindLabel(kind: string, meetingKind: MeetingKind | undefined): string {
  const gateway = meetingKind ? gatewayOfMeeting(meetingKind) : undefined;
  if (kind === 'advice_triage' && gateway) return `${sentenceStart(gateway.adviceWords)} triage`;
  return ITEM_KIND_LABELS[kind] ?? kind;
}

export const ITEM_STATUS: Record<string, [string, string]> = {
  pending: ['To discuss', 'govuk-tag--grey'],
  in_discussion: ['Discussing', 'govuk-tag--blue'],
  decided: ['Decided', 'govuk-tag--green'],
  deferred: ['Deferred', 'govuk-tag--yellow'],
  withdrawn: ['Withdrawn', 'govuk-tag--red'],
};

export const VOTING_STATUS: Record<string, string> = {
  not_open: 'Voting not open',
  open: 'Voting open',
  closed: 'Voting closed, not yet revealed',
  revealed: 'Votes revealed',
};

export const choiceLabel = (choice: string) => VOTE_CHOICE_LABELS[choice] ?? choice;

/** A sampled plan is scored rather than voted on: the same states, in the Quality group's words. */
export const SCORING_STATUS: Record<string, string> = {
  not_open: 'Scoring not open',
  open: 'Scoring open',
  closed: 'Scoring closed, not yet revealed',
  revealed: 'Scores revealed',
};

/**
 * Whether the room votes on the item: triage and joint funding are settled by their own boards, and a Weekly Orders
 * child is concluded with its actions.
 */
export const isVotedOn = (item: Pick<SnapshotItem, 'kind'>): boolean =>
  item.kind !== 'advice_triage' && item.kind !== 'joint_funding' && !UNVOTED_KINDS.includes(item.kind);
