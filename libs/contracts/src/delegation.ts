import type { DelegableKind, DelegateRole, MeetingKind } from '@convene/domain';

/** One line of the council's scheme of delegation, as the administrator keeps it. */
export interface DelegationRuleView {
  id: string;
  kind: DelegableKind;
  role: DelegateRole;
  /** The most that may be agreed alone, in pence; null: no limit (or a kind decided on no amount). */
  maxAmountPence: number | null;
  /** A retired line delegates nothing; the decisions taken under it keep it. */
  active: boolean;
}

/** A decision one officer took alone under the scheme of delegation, on a child's request. */
export interface DelegatedDecisionView {
  id: string;
  kind: DelegableKind;
  /** The request for assessment it decided (a decision to assess or to issue); null for a panel request. */
  requestId: string | null;
  /** The change of placement, funding or personal budget it decided; null for a decision to assess or issue. */
  panelRequestId: string | null;
  outcome: string;
  reasons: string;
  recommendations: string | null;
  /** For funding or a personal budget agreed: the amount agreed, in pence. */
  amountPence: number | null;
  decidedBy: { id: string; displayName: string };
  decidedAt: string;
  /** The group that notes it at its next sitting. */
  notedBy: MeetingKind;
  /** Whether the family has a letter for it (a refusal to assess, a decision not to issue). */
  hasLetter: boolean;
}

/** For a meeting: what was decided under delegation, for the group to note, since its previous sitting. */
export interface DecidedUnderDelegationView {
  /** The group's previous meeting (not cancelled) that started before this one; null at its first. */
  since: string | null;
  decisions: (DelegatedDecisionView & { caseReference: string })[];
}
