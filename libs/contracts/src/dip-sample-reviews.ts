import type { QualityGrade } from '@convene/domain';
import type { PersonRef } from './cases.js';
import type { ItemQuality, RevealedScore } from './quality.js';

/**
 * Where a sampled plan's review stands, for the person asking: not yet scored by them, scored by them (the
 * others' scores still hidden), every score revealed, or moderated (the agreed grade recorded).
 */
export const SAMPLE_PLAN_REVIEW_STATES = ['to_score', 'scored', 'revealed', 'moderated'] as const;
export type SamplePlanReviewState = (typeof SAMPLE_PLAN_REVIEW_STATES)[number];

/** The grade agreed for a plan after the reveal, with the feedback for its writer. */
export interface SamplePlanModeration {
  grade: QualityGrade;
  /** Null for a plan moderated in the group's meeting: its reasons are in the minutes. */
  feedback: string | null;
  moderatedBy: PersonRef | null;
  moderatedAt: string;
}

/** A sampled plan's review. Before the reveal nobody sees another reviewer's score, only how many have scored. */
export interface SamplePlanReview {
  state: SamplePlanReviewState;
  /** How many reviewers have scored the plan: never who gave what, before the reveal. */
  scoreCount: number;
  yourScore: ItemQuality['yourScore'];
  /** Every reviewer's latest score with their name, once revealed; null before (and for the group's meeting, where the room shows them). */
  scores: (RevealedScore & { reviewerName: string })[] | null;
  /** Reviewers two or more grades apart; null before the reveal. */
  disagreement: boolean | null;
  moderation: SamplePlanModeration | null;
}

/** A seniors' private score of a plan in their (tier 2) sample, between meetings: the same rules as `score.submit`. */
export interface ScoreSamplePlanRequest {
  metCriterionIds: string[];
  grade?: QualityGrade;
  overrideReason?: string;
}

/** The grade the sample's owner records for a plan after the reveal, with feedback for the plan's writer. */
export interface ModerateSamplePlanRequest {
  grade: QualityGrade;
  feedback: string;
}

/** One past dip sample in the list. */
export interface DipSampleSummary {
  id: string;
  tier: 'multiagency' | 'senior';
  subject: 'plans' | 'advice';
  theme: string | null;
  seed: number;
  drawnAt: string;
  drawnBy: PersonRef;
  meetingId: string | null;
  meetingTitle: string | null;
  /** Plans (or advices) drawn. */
  size: number;
  /** Of those, how many have a moderated grade. */
  moderated: number;
}

export interface DipSampleListQuery {
  tier?: 'multiagency' | 'senior';
  /** YYYY-MM: samples drawn in that month (in England). */
  month?: string;
  /** Part of the theme, any case. */
  theme?: string;
  page?: number;
  pageSize?: number;
}

/** Moving a criterion one place up or down within its section of the framework. */
export interface MoveQualityCriterionRequest {
  direction: 'up' | 'down';
}
