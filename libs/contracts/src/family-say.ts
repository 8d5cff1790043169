import type { FamilyViewsKind, FeedbackPeriodFigures, FeedbackRating } from '@convene/domain';
import type { PersonRef } from './cases.js';

/**
 * The family's say (issue #30, part 3):
 * - `POST /api/family/children/:childId/views`     multipart: field `file` and `kind` (`SendFamilyViews`); the
 *   same file checks as staff evidence, stored as evidence of that kind on the child's case
 * - `GET  /api/family/children/:childId/views`     what the family sent (`FamilyViewsSent[]`), newest first
 * - `POST /api/family/children/:childId/feedback`  how the process went (`SendFamilyFeedback`), once a day
 * - `GET  /api/family/you-said-we-did`             what the service changed (`YouSaidWeDid[]`), newest first
 * - `GET|POST /api/you-said-we-did`, `POST /api/you-said-we-did/:id/withdraw`   the service writes them
 * - `GET  /api/dashboard/family-feedback`          the leadership indicator (`FamilyFeedbackIndicator`)
 */

/** The form field sent with a family's file. */
export interface SendFamilyViews {
  kind: FamilyViewsKind;
}

/** One file a family sent, as the family sees it: never its content or the panel's notes. */
export interface FamilyViewsSent {
  id: string;
  kind: FamilyViewsKind;
  fileName: string;
  sizeBytes: number;
  /** The day it was sent, in England. */
  sentOn: string;
  /** Sent by the signed-in person themself. */
  yours: boolean;
  /** Who in the family sent it, in the family's words ("mum"). */
  sentBy: string;
}

export interface SendFamilyFeedback {
  rating: FeedbackRating;
  /** At most 2000 characters. */
  wentWell?: string;
  /** At most 2000 characters. */
  couldBeBetter?: string;
}

export interface FamilyFeedbackSent {
  id: string;
  rating: FeedbackRating;
  sentAt: string;
}

/** A change the service made because of what families said, as families read it. */
export interface YouSaidWeDid {
  id: string;
  youSaid: string;
  weDid: string;
  publishedOn: string;
}

/** The same entry as the service sees it: who wrote it, and whether it was withdrawn. */
export interface YouSaidWeDidEntry extends YouSaidWeDid {
  writtenBy: PersonRef;
  withdrawnAt: string | null;
}

export interface WriteYouSaidWeDid {
  /** What families said, with no child's name: at most 1000 characters. */
  youSaid: string;
  /** What the service did about it: at most 1000 characters. */
  weDid: string;
  /** The day families see it from; today when left out. */
  publishedOn?: string;
}

/** Families' feedback for leadership: the last 90 days against the 90 before. */
export interface FamilyFeedbackIndicator {
  countedOn: string;
  last90Days: FeedbackPeriodFigures;
  previous90Days: FeedbackPeriodFigures;
}

/** Refusals particular to the family's say. */
export const FAMILY_SAY_ERROR_CODES = {
  /** One code whether the child is unknown or not one this account covers now. */
  childNotFound: 'family_child_not_found',
  feedbackAlreadySentToday: 'feedback_already_sent_today',
  youSaidWeDidNotFound: 'you_said_we_did_not_found',
  youSaidWeDidWithdrawn: 'you_said_we_did_already_withdrawn',
} as const;
