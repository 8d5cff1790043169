import type { AgendaItemKind } from '../vocabulary/meetings.js';
import { PANEL_REQUEST_KIND_LABELS, formatPounds } from '../vocabulary/panel-requests.js';
import { ROLE_LABELS, type Role } from '../vocabulary/roles.js';

/**
 * The Decision-Making Group's decisions the council's scheme of delegation may let one officer take alone, between
 * meetings: the group notes them at its next sitting.
 */
export const DELEGABLE_KINDS = [
  'decision_to_assess',
  'decision_to_issue',
  'placement_change',
  'funding',
  'personal_budget',
] as const satisfies readonly AgendaItemKind[];
export type DelegableKind = (typeof DELEGABLE_KINDS)[number];

export const DELEGABLE_KIND_LABELS: Record<DelegableKind, string> = {
  decision_to_assess: 'Decision to assess',
  decision_to_issue: 'Decision to issue a plan',
  ...PANEL_REQUEST_KIND_LABELS,
};

/** The kinds decided on an amount of money: a rule for them may set the most that may be agreed alone. */
export const KINDS_WITH_AMOUNT: readonly DelegableKind[] = ['funding', 'personal_budget'];

/** Who the scheme may name: the SEND managers who chair panels (Head of Service) and the managers who sit on them. */
export const DELEGATE_ROLES = ['chair', 'panel_member'] as const satisfies readonly Role[];
export type DelegateRole = (typeof DELEGATE_ROLES)[number];

/** A decision under delegation is the Local Authority's decision, never a deferral: what waits goes to the panel. */
export const DELEGATED_OUTCOMES: Record<DelegableKind, readonly string[]> = {
  decision_to_assess: ['agree', 'refuse'],
  decision_to_issue: ['issue', 'not_issue'],
  placement_change: ['agree', 'refuse'],
  funding: ['agree', 'refuse'],
  personal_budget: ['agree', 'refuse'],
};

/** One line of the scheme: who may decide a kind alone, and up to what amount (null: any amount, or none asked). */
export interface DelegationRule {
  kind: DelegableKind;
  role: DelegateRole;
  maxAmountPence: number | null;
}

/** What is asked of the scheme: a decision of this kind, by someone holding these roles, on this amount (if any). */
export interface DelegationAsk {
  kind: DelegableKind;
  roles: readonly string[];
  amountPence: number | null;
}

/** Why the scheme does not let this person take this decision alone. */
export type DelegationRefusal =
  | { reason: 'not_delegated'; message: string }
  | { reason: 'wrong_role'; message: string }
  | { reason: 'over_amount'; message: string };

/**
 * The scheme's answer: the rule the decision is taken under, or why it is not delegated to this person. Refused
 * in order: the kind is not delegated at all; it is, but to other roles; the amount is over every limit the
 * person's roles have for it.
 */
export function underScheme(
  rules: readonly DelegationRule[],
  ask: DelegationAsk,
): { rule: DelegationRule } | { refusal: DelegationRefusal } {
  const label = DELEGABLE_KIND_LABELS[ask.kind];
  const forKind = rules.filter((r) => r.kind === ask.kind);
  if (forKind.length === 0)
    return {
      refusal: {
        reason: 'not_delegated',
        message: `The scheme of delegation does not delegate “${label}”: it goes to the Decision-Making Group.`,
      },
    };
  const mine = forKind.filter((r) => ask.roles.includes(r.role));
  if (mine.length === 0)
    return {
      refusal: {
        reason: 'wrong_role',
        message: `Under the scheme of delegation, “${label}” may be decided alone only by: ${[
          ...new Set(forKind.map((r) => ROLE_LABELS[r.role])),
        ].join(', ')}.`,
      },
    };
  const within = mine.find(
    (r) => r.maxAmountPence === null || ask.amountPence === null || ask.amountPence <= r.maxAmountPence,
  );
  if (within) return { rule: within };
  const highest = Math.max(...mine.map((r) => r.maxAmountPence ?? 0));
  return {
    refusal: {
      reason: 'over_amount',
      message: `Under the scheme of delegation you may decide “${label}” up to ${formatPounds(highest)}; this one is for ${formatPounds(ask.amountPence!)}: it goes to the Decision-Making Group.`,
    },
  };
}
