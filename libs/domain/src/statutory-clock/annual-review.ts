import {
  addWeeks,
  earliestOf,
  lastDayOfMonthsStartingWith,
  type CalendarDate,
} from '../calendar-date/calendar-date.js';
import { milestoneClock, type MilestoneClock } from './milestones.js';

/** Children and Families Act 2014 s44(1): a plan is reviewed within every 12 months. */
export const ANNUAL_REVIEW_MONTHS = 12;
/** reg 20(10): the Local Authority's decision within 4 weeks of the review meeting. */
export const REVIEW_DECISION_WEEKS = 4;
/** reg 22(3): an amended plan within 8 weeks of the decision (with the proposed amendments) being sent. */
export const AMENDED_PLAN_WEEKS = 8;
/** R (L) v Devon CC [2022] EWHC 493 (Admin): the amended plan at the latest 12 weeks after the review meeting. */
export const AMENDED_PLAN_LATEST_WEEKS_FROM_MEETING = REVIEW_DECISION_WEEKS + AMENDED_PLAN_WEEKS;

/** Where the amended plan's deadline comes from, shown beside it. */
const AMENDED_PLAN_AUTHORITY = 'reg 22(3); R (L) v Devon CC [2022] EWHC 493 (Admin)';

export const REVIEW_DECISIONS = ['maintain', 'amend', 'cease'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * s44(1): the plan is reviewed "in the period of 12 months starting with the date on which the plan was first made",
 * and then in each period of 12 months starting with the date it was last reviewed. The period counts its first day,
 * so its last day, the last on which the review is on time, is the day before the anniversary: a plan issued on
 * 15 September 2025 is reviewed by 14 September 2026. From 29 February it ends on 28 February.
 */
export function annualReviewDueOn(planIssuedOrLastReviewedOn: CalendarDate): CalendarDate {
  return lastDayOfMonthsStartingWith(planIssuedOrLastReviewedOn, ANNUAL_REVIEW_MONTHS);
}

export function reviewDecisionDueOn(reviewMeetingOn: CalendarDate): CalendarDate {
  return addWeeks(reviewMeetingOn, REVIEW_DECISION_WEEKS);
}

/**
 * The amended plan after a review that decided to amend: within 8 weeks of the notice of the decision and its
 * proposed amendments (reg 22(3)), and no later than 12 weeks after the review meeting. The cap rests on the High
 * Court's reading in R (L) v Devon CC [2022] EWHC 493 (Admin), which reads reg 20(10) (the decision within 4 weeks
 * of the meeting) with reg 22 (the proposed amendments sent with it, the final plan within 8 weeks of them): the
 * amendment runs at most 12 weeks from the meeting, so a decision notified late does not move the deadline.
 */
export function amendedPlanDueOn(
  reviewMeetingOn: CalendarDate,
  reviewDecisionOn: CalendarDate,
): CalendarDate {
  return earliestOf(
    addWeeks(reviewDecisionOn, AMENDED_PLAN_WEEKS),
    addWeeks(reviewMeetingOn, AMENDED_PLAN_LATEST_WEEKS_FROM_MEETING),
  );
}

/** One year's review of a plan, as far as it has gone. */
export interface AnnualReviewCycle {
  /** The day the final plan was issued, or the previous review meeting was held. */
  countsFrom: CalendarDate;
  reviewMeetingOn?: CalendarDate | null;
  decision?: { on: CalendarDate; outcome: ReviewDecision } | null;
  amendedPlanIssuedOn?: CalendarDate | null;
}

/**
 * Where one review stands on `today`: the meeting, then the decision once the meeting is held, then
 * the amended plan once the decision is to amend. Maintaining or ceasing the plan ends the cycle.
 */
export function annualReviewClock(cycle: AnnualReviewCycle, today: CalendarDate): MilestoneClock[] {
  const meetingOn = cycle.reviewMeetingOn ?? null;
  const milestones = [
    milestoneClock(
      {
        milestone: 'annual_review_meeting',
        regulation: 's44(1)',
        startsOn: cycle.countsFrom,
        statutoryDeadline: annualReviewDueOn(cycle.countsFrom),
        localTarget: null,
        completedOn: meetingOn,
      },
      today,
    ),
  ];
  if (meetingOn === null) return milestones;
  const decision = cycle.decision ?? null;
  milestones.push(
    milestoneClock(
      {
        milestone: 'annual_review_decision',
        regulation: 'reg 20(10)',
        startsOn: meetingOn,
        statutoryDeadline: reviewDecisionDueOn(meetingOn),
        localTarget: null,
        completedOn: decision?.on ?? null,
      },
      today,
    ),
  );
  if (decision?.outcome !== 'amend') return milestones;
  milestones.push(
    milestoneClock(
      {
        milestone: 'amended_plan',
        regulation: AMENDED_PLAN_AUTHORITY,
        startsOn: decision.on,
        statutoryDeadline: amendedPlanDueOn(meetingOn, decision.on),
        localTarget: null,
        completedOn: cycle.amendedPlanIssuedOn ?? null,
      },
      today,
    ),
  );
  return milestones;
}
