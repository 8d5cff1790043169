import type { DraftCommentWindow, EhcPlanSection, FamilyMemberKind } from '@convene/domain';
import type { FamilyChild } from './family.js';

/** The bounds of what a family may send about a draft plan: the DTO, the database and the form share them. */
export const DRAFT_COMMENTS_MAX_LENGTH = 10_000;
export const PREFERRED_SCHOOL_MAX_LENGTH = 200;

export const FAMILY_PLAN_ERROR_CODES = {
  /** No plan issued for a child this account covers now, or not a child it covers: the same answer. */
  notFound: 'family_plan_not_found',
  /** No draft out for comments: its last day has passed, or there is none yet, or the final plan is issued. */
  commentsClosed: 'draft_comments_closed',
} as const;

/** One section of the plan as the family reads it. */
export interface FamilyPlanSection {
  section: EhcPlanSection;
  /** The section's letter and what it is about, in plain words: "F: The help I will get at school". */
  heading: string;
  /** Null where the plan has nothing written in this section yet. */
  text: string | null;
}

/** What the signed-in person sent about the draft, as stored. */
export interface SentDraftComments {
  id: string;
  comments: string;
  preferredSchool: string | null;
  sentAt: string;
}

/**
 * The child's plan as their family reads it (`GET /api/family/children/{childId}/plan`): the draft while it is out
 * (with the days left to comment), then the final plan once it is issued.
 */
export interface FamilyPlan {
  child: FamilyChild;
  kind: 'draft' | 'final';
  /** The day the draft, or the final plan, was sent. */
  issuedOn: string;
  sections: FamilyPlanSection[];
  /** For a draft still waiting on the final plan: the last day to comment and name a school, and the days left. */
  commentWindow: DraftCommentWindow | null;
  /** Only what this person sent, oldest first: never another family member's. */
  yourComments: SentDraftComments[];
  /** The child's Family Link Officer, the family's person at the council; null until one is named. */
  familyLinkOfficer: { name: string; email: string } | null;
}

/** `POST /api/family/children/{childId}/plan/comments` */
export interface SendDraftComments {
  comments: string;
  /** The school or college the family would like named in the plan (reg 13(1)(b)). */
  preferredSchool?: string;
}

/** A family's comments on a draft plan as the council reads them (`GET /api/cases/{childId}/draft-plan-comments`). */
export interface DraftPlanComments {
  id: string;
  requestId: string;
  sentAt: string;
  sentBy: { name: string; relationship: string; kind: FamilyMemberKind };
  comments: string;
  preferredSchool: string | null;
}
