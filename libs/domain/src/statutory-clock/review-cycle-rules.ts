import { formatCalendarDate, type CalendarDate } from '../calendar-date/calendar-date.js';
import { annualReviewDueOn, type ReviewDecision } from './annual-review.js';

/** A date that cannot be right for a step of an annual review, naming the field it came in. */
export interface ReviewProblem {
  field: string;
  message: string;
}

/** What has been recorded of one year's review of a plan. */
export interface RecordedReviewCycle {
  countsFrom: CalendarDate;
  reviewMeetingOn: CalendarDate | null;
  decisionOutcome: ReviewDecision | null;
}

/**
 * The day the review now running counts from (s44(1)): the last review meeting held, or the day the final
 * plan was issued when none has been. Null when the last review decided to cease the plan: no review is due.
 */
export function currentReviewCountsFrom(
  finalIssuedOn: CalendarDate,
  cycles: readonly RecordedReviewCycle[],
): CalendarDate | null {
  const held = cycles
    .filter((c) => c.reviewMeetingOn !== null)
    .sort((a, b) => (a.reviewMeetingOn! < b.reviewMeetingOn! ? -1 : 1));
  const last = held.at(-1);
  if (!last) return finalIssuedOn;
  return last.decisionOutcome === 'cease' ? null : last.reviewMeetingOn;
}

/** The current cycle, recorded or not: when it counts from and when its meeting is due. */
export function currentReviewCycle(
  finalIssuedOn: CalendarDate,
  cycles: readonly RecordedReviewCycle[],
): { countsFrom: CalendarDate; dueOn: CalendarDate } | null {
  const countsFrom = currentReviewCountsFrom(finalIssuedOn, cycles);
  return countsFrom === null ? null : { countsFrom, dueOn: annualReviewDueOn(countsFrom) };
}

const notYetCome = (field: string, what: string): ReviewProblem => ({
  field,
  message: `${what} cannot be recorded for a day that has not come yet.`,
});

/** A review meeting comes after the day its year counts from (the plan, or the last review) and not after today. */
export function checkReviewMeeting(check: {
  countsFrom: CalendarDate;
  reviewMeetingOn: CalendarDate;
  today: CalendarDate;
}): ReviewProblem | null {
  if (check.reviewMeetingOn > check.today) return notYetCome('reviewMeetingOn', 'A review meeting');
  if (check.reviewMeetingOn <= check.countsFrom) {
    return {
      field: 'reviewMeetingOn',
      message: `The review meeting must come after ${formatCalendarDate(check.countsFrom)}, the day the plan was issued or last reviewed.`,
    };
  }
  return null;
}

/** reg 20(10): the Local Authority decides after the review meeting, on or after its day. */
export function checkReviewDecision(check: {
  reviewMeetingOn: CalendarDate | null;
  decisionOn: CalendarDate;
  today: CalendarDate;
}): ReviewProblem | null {
  if (check.reviewMeetingOn === null)
    return {
      field: 'decisionOn',
      message: 'The decision follows the review meeting: record the meeting first.',
    };
  if (check.decisionOn > check.today) return notYetCome('decisionOn', 'A decision');
  if (check.decisionOn < check.reviewMeetingOn) {
    return {
      field: 'decisionOn',
      message: `The decision cannot come before the review meeting, held on ${formatCalendarDate(check.reviewMeetingOn)}.`,
    };
  }
  return null;
}

/** reg 22(3): an amended plan follows a decision to amend, on or after its day. */
export function checkAmendedPlan(check: {
  decision: { on: CalendarDate; outcome: ReviewDecision } | null;
  amendedPlanIssuedOn: CalendarDate;
  today: CalendarDate;
}): ReviewProblem | null {
  const { decision } = check;
  if (decision === null)
    return {
      field: 'amendedPlanIssuedOn',
      message: 'An amended plan follows the decision after the review: record the decision first.',
    };
  if (decision.outcome !== 'amend')
    return {
      field: 'amendedPlanIssuedOn',
      message: `The review decided to ${decision.outcome} the plan: no amended plan follows.`,
    };
  if (check.amendedPlanIssuedOn > check.today) return notYetCome('amendedPlanIssuedOn', 'An amended plan');
  if (check.amendedPlanIssuedOn < decision.on) {
    return {
      field: 'amendedPlanIssuedOn',
      message: `The amended plan cannot come before the decision to amend, on ${formatCalendarDate(decision.on)}.`,
    };
  }
  return null;
}
