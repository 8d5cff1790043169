import { addDays, type CalendarDate } from '../calendar-date/calendar-date.js';
import type { PanelEvidenceKind } from '../vocabulary/requests.js';
import type { Role } from '../vocabulary/roles.js';

/*
 * The family's say (issue #30, part 3): their views and their child's own, sent as evidence the panel weighs; how the
 * process went for them; and what the service changed because of what families said ("You said, we did").
 */

/** The evidence a family may send themselves: their own views, and their child's ("All about me", section A). */
export const FAMILY_VIEWS_KINDS = [
  'parent_views',
  'child_views',
] as const satisfies readonly PanelEvidenceKind[];
export type FamilyViewsKind = (typeof FAMILY_VIEWS_KINDS)[number];

/** How a family's file is titled in the case's evidence: the kind says it all, and no child's name is in it. */
export const FAMILY_VIEWS_TITLES: Readonly<Record<FamilyViewsKind, string>> = {
  parent_views: 'The family’s views',
  child_views: 'The child’s own views (All about me)',
};

/** Who writes "You said, we did": those who run the service (the SEND manager, who chairs, and administrators). */
export const YOU_SAID_WE_DID_WRITERS = ['admin', 'chair'] as const satisfies readonly Role[];

/** How a family rates the process, from 1 (very poor) to 5 (very good). */
export const FEEDBACK_RATINGS = [1, 2, 3, 4, 5] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** Each rating in the words a family chooses from. */
export const FEEDBACK_RATING_WORDS: Readonly<Record<FeedbackRating, string>> = {
  1: 'Very poor',
  2: 'Poor',
  3: 'OK',
  4: 'Good',
  5: 'Very good',
};

/** A rating of 4 or 5: good or very good. */
const isGoodRating = (rating: number): boolean => rating >= 4;

/** The longest a family's "what went well" or "what could be better" may be. */
export const FEEDBACK_TEXT_MAX_LENGTH = 2000;
/** The longest either half of a "You said, we did" entry may be. */
export const YOU_SAID_WE_DID_MAX_LENGTH = 1000;
/** The family-feedback indicator compares the last 90 days with the 90 before. */
const FEEDBACK_PERIOD_DAYS = 90;

/** The feedback of one period on the leadership dashboard. */
export interface FeedbackPeriodFigures {
  /** First and last day of the period, both counted. */
  from: CalendarDate;
  to: CalendarDate;
  /** Feedback sent in the period. */
  count: number;
  /** The mean rating to one decimal place; null with no feedback. */
  meanRating: number | null;
  /** The share rating 4 or 5, a whole percentage; null with no feedback. */
  percentGood: number | null;
}

/** The last 90 days (today counted) and the 90 days before them. */
export function feedbackPeriods(today: CalendarDate): {
  last: { from: CalendarDate; to: CalendarDate };
  previous: { from: CalendarDate; to: CalendarDate };
} {
  const from = addDays(today, -(FEEDBACK_PERIOD_DAYS - 1));
  return {
    last: { from, to: today },
    previous: { from: addDays(from, -FEEDBACK_PERIOD_DAYS), to: addDays(from, -1) },
  };
}

/** A period's figures from how many feedbacks gave each rating. */
export function feedbackFigures(
  period: { from: CalendarDate; to: CalendarDate },
  ratings: readonly { rating: number; count: number }[],
): FeedbackPeriodFigures {
  const count = ratings.reduce((sum, r) => sum + r.count, 0);
  if (count === 0) return { ...period, count, meanRating: null, percentGood: null };
  const total = ratings.reduce((sum, r) => sum + r.rating * r.count, 0);
  const good = ratings.filter((r) => isGoodRating(r.rating)).reduce((sum, r) => sum + r.count, 0);
  return {
    ...period,
    count,
    meanRating: Math.round((total / count) * 10) / 10,
    percentGood: Math.round((good / count) * 100),
  };
}
