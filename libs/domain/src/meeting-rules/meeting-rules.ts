import type { AgendaItemKind, MeetingKind } from '../vocabulary/meetings.js';

export interface MeetingRules {
  /** Voting members present (not recused) needed for a valid vote. */
  quorum: number;
  /** Whether every vote must carry a reason. */
  reasonRequired: boolean;
}

/**
 * Quorum and reasons, per panel. The Decision-Making Groups decide with at least three voting members
 * and a reason on every vote (a refusal must be explained to the family); the Health Gateway and the
 * Quality group record their judgements with reasons where given.
 */
export const MEETING_RULES: Readonly<Record<MeetingKind, MeetingRules>> = {
  dmg: { quorum: 3, reasonRequired: true },
  dmg_children_in_care: { quorum: 3, reasonRequired: true },
  dmg_vulnerable: { quorum: 3, reasonRequired: true },
  health_gateway: { quorum: 2, reasonRequired: false },
  social_care_gateway: { quorum: 2, reasonRequired: false },
  ep_gateway: { quorum: 2, reasonRequired: false },
  quality: { quorum: 3, reasonRequired: false },
  // Nothing is voted on at the Weekly Orders: the chair concludes each child with the actions agreed.
  weekly_orders: { quorum: 1, reasonRequired: false },
};

/** What a member may vote on each kind of agenda item. */
export const VOTE_CHOICES: Readonly<Record<AgendaItemKind, readonly string[]>> = {
  decision_to_assess: ['agree', 'refuse', 'defer'],
  decision_to_issue: ['issue', 'not_issue', 'defer'],
  placement_change: ['agree', 'refuse', 'defer'],
  funding: ['agree', 'refuse', 'defer'],
  personal_budget: ['agree', 'refuse', 'defer'],
  advice_triage: ['agree', 'disagree'],
  health_funding: ['agree', 'refuse', 'defer'],
  dip_sample: ['outstanding', 'good', 'requires_improvement', 'inadequate'],
  advice_audit: ['outstanding', 'good', 'requires_improvement', 'inadequate'],
  joint_funding: ['consent', 'decline', 'defer'],
  case_actions: ['actions_agreed'],
};

/**
 * Kinds of item never voted on: discussed, given their actions, and concluded by the chair with one of their
 * `VOTE_CHOICES` as the outcome (the Weekly Orders' children).
 */
export const UNVOTED_KINDS: readonly AgendaItemKind[] = ['case_actions'];

/** Kinds of item scored privately on the quality framework: each member's vote is their score. */
export const SCORED_KINDS: readonly AgendaItemKind[] = ['dip_sample', 'advice_audit'];

export const VOTE_CHOICE_LABELS: Readonly<Record<string, string>> = {
  agree: 'Agree',
  refuse: 'Refuse',
  defer: 'Defer for more information',
  issue: 'Issue a plan',
  not_issue: 'Do not issue a plan',
  disagree: 'Disagree',
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
  consent: 'Consent',
  decline: 'Decline',
  triaged: 'Triaged',
  actions_agreed: 'Actions agreed',
};

/**
 * Outcomes that find the case meets the council's thresholds: recorded while a threshold criterion is not marked
 * met, they need the chair's reason, kept with the decision.
 */
export const THRESHOLD_AFFIRMING_OUTCOMES: readonly string[] = ['agree', 'issue'];

export interface QuorumState {
  required: number;
  /** Voting members present and not recused from the item. */
  eligible: number;
  quorate: boolean;
}

/** Whether an item's vote is quorate: voting members present, less those who declared an interest in it. */
export function quorumFor(
  kind: MeetingKind,
  presentVoters: readonly string[],
  recused: readonly string[],
): QuorumState {
  const eligible = presentVoters.filter((id) => !recused.includes(id)).length;
  const required = MEETING_RULES[kind].quorum;
  return { required, eligible, quorate: eligible >= required };
}

/** Counts each choice among the current votes. */
export function tally(votes: readonly { choice: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const vote of votes) counts[vote.choice] = (counts[vote.choice] ?? 0) + 1;
  return counts;
}

/** The outcomes written to the family in a letter with their rights of appeal (regs 5(3) and 10(3)). */
const LETTER_OUTCOMES: Readonly<Partial<Record<AgendaItemKind, string>>> = {
  decision_to_assess: 'refuse',
  decision_to_issue: 'not_issue',
};

/** Whether an outcome needs the letter to the family: a refusal to assess, or a decision not to issue a plan. */
export function outcomeHasLetter(kind: string, outcome: string): boolean {
  return LETTER_OUTCOMES[kind as AgendaItemKind] === outcome;
}
