import type { DelegationRule } from '@convene/domain';

/**
 * The demo council's scheme of delegation: the Head of Service (a panel chair) agrees top-up funding up to £10,000
 * a year and a personal budget up to £5,000 alone, and may decide to assess between sittings; a manager on the
 * panel agrees funding up to £2,500. Changes of placement and decisions to issue always go to the group.
 */
export const DEMO_DELEGATION_SCHEME: readonly DelegationRule[] = [
  { kind: 'funding', role: 'chair', maxAmountPence: 1_000_000 },
  { kind: 'funding', role: 'panel_member', maxAmountPence: 250_000 },
  { kind: 'personal_budget', role: 'chair', maxAmountPence: 500_000 },
  { kind: 'decision_to_assess', role: 'chair', maxAmountPence: null },
];
