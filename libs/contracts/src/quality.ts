import type { JointFundingParty, QualityGrade } from '@convene/domain';
import type { PersonRef } from './cases.js';
import type { SamplePlanReview } from './dip-sample-reviews.js';

export interface QualityCriterionView {
  id: string;
  section: string;
  text: string;
  /** 1–10: its share in the grade. */
  weight: number;
  position: number;
  active: boolean;
}

export interface DrawDipSampleRequest {
  /** EHC plans (default), or returned advices for an advice quality audit, stratified by agency. */
  subject?: 'plans' | 'advice';
  /** Plans to draw (1–50). */
  size: number;
  /** Leave out to draw a fresh seed; give a recorded one to draw the same plans again. */
  seed?: number;
  /** Tier 3 (the multi-agency group's meeting) or tier 2 (seniors, between meetings). */
  tier: 'multiagency' | 'senior';
  /** For the multi-agency group: its meeting, whose agenda gets one item per plan. */
  meetingId?: string;
  theme?: string;
  /** Plans sampled in this many months before are left out (default 3). */
  excludeMonths?: number;
}

export interface DipSampleView {
  id: string;
  subject: 'plans' | 'advice';
  tier: 'multiagency' | 'senior';
  seed: number;
  size: number;
  theme: string | null;
  meetingId: string | null;
  byLocality: Record<string, number>;
  drawnAt: string;
  /** Who drew it: for a seniors' sample, its owner, who reveals the scores and records the moderated grades. */
  drawnBy: PersonRef;
  /** Each plan with its review as the person asking sees it (null for an advice audit's plans). */
  plans: {
    requestId: string;
    childId: string;
    caseReference: string;
    locality: string;
    review: SamplePlanReview | null;
  }[];
  /** For an advice audit: the advices drawn. */
  advices: {
    adviceRequestId: string;
    requestId: string;
    childId: string;
    caseReference: string;
    agency: string;
    adviceKind: string;
  }[];
}

/** A reviewer's score of one plan, as everyone sees it after the reveal. */
export interface RevealedScore {
  reviewerId: string;
  grade: QualityGrade;
  computedGrade: QualityGrade;
  overrideReason: string | null;
  metCriterionIds: string[];
}

/** A dip-sample item's scoring in the room: your own score, and everyone's once the chair reveals them. */
export interface ItemQuality {
  yourScore: {
    grade: QualityGrade;
    computedGrade: QualityGrade;
    metCriterionIds: string[];
    overrideReason: string | null;
  } | null;
  scores: RevealedScore[] | null;
  /** Reviewers two or more grades apart: to be moderated. Null before the reveal. */
  disagreement: boolean | null;
}

export interface QualityRow {
  key: string;
  moderated: number;
  meeting: number;
  percent: number | null;
}

export interface QualityFigures {
  from: string;
  to: string;
  /** Plans whose moderated grade is Good or better, by the month of the meeting, theme and locality. */
  plans: {
    total: QualityRow;
    byMonth: QualityRow[];
    byTheme: QualityRow[];
    byLocality: QualityRow[];
    /** `multiagency` (tier 3, moderated at the group's meeting) and `senior` (tier 2, moderated between meetings). */
    byTier: QualityRow[];
  };
  /** Advices whose audited (moderated) grade is Good or better, by agency. */
  advicesByAgency: QualityRow[];
  /** Agreement between reviewers' private grades, per meeting and over the period. */
  agreement: {
    overall: { pairs: number; exact: number | null; withinOne: number | null };
    byMeeting: {
      meetingId: string;
      title: string;
      pairs: number;
      exact: number | null;
      withinOne: number | null;
    }[];
    /** Seniors' (tier 2) samples whose scores were revealed in the period. */
    bySeniorSample: {
      sampleId: string;
      theme: string | null;
      drawnAt: string;
      pairs: number;
      exact: number | null;
      withinOne: number | null;
    }[];
  };
}

/** A joint funding proposal in the room: the total, each agency's share, and each agency's answer. */
export interface JointFundingView {
  summary: string;
  totalPence: number;
  shares: {
    party: JointFundingParty;
    amountPence: number;
    answer: 'pending' | 'consent' | 'decline';
    reason: string | null;
  }[];
}
