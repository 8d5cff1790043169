import type { FamilyAdviceView, FamilyDecisionKind, FamilyPlanReviewsView } from '@convene/domain';

/**
 * A decision the council took on the child's request, as the family reads it
 * (`GET /api/family/children/{childId}/decisions`): what was decided and on which day, in plain words, with its
 * letter. Never the panel's votes, notes or who voted.
 */
export interface FamilyDecision {
  /** The decision's id, for its letter. */
  id: string;
  kind: FamilyDecisionKind;
  /** True when the council agreed to assess, or to write a plan. */
  yes: boolean;
  decidedOn: string;
  /** "We decided to carry out an assessment of Sam's needs". */
  words: string;
  /** The reasons, only where the letter gives them (a decision not to assess or not to write a plan), as last corrected. */
  reasons: string | null;
  /** The day the reasons were last corrected; null if never. */
  correctedOn: string | null;
  hasLetter: boolean;
}

export interface FamilyDecisions {
  decisions: FamilyDecision[];
}

/** The advice the council asked for (`GET /api/family/children/{childId}/advice`): the days only, never the advice. */
export interface FamilyAdvice {
  advice: FamilyAdviceView[];
}

/** The plan's annual reviews (`GET /api/family/children/{childId}/reviews`). */
export type FamilyPlanReviews = FamilyPlanReviewsView;
