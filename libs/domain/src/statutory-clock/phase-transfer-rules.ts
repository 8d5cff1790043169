import { formatCalendarDate, yearOf, type CalendarDate } from '../calendar-date/calendar-date.js';
import type { ReviewProblem } from './review-cycle-rules.js';

/**
 * The calendar year of the next move between phases: children move in September, so from September
 * the next move is the following year's, and its plan must be amended by the coming February (or March).
 */
export function nextTransferYear(today: CalendarDate): number {
  return Number(today.slice(5, 7)) >= 9 ? yearOf(today) + 1 : yearOf(today);
}

/** The plan is amended for the transfer after it was issued, and not after today. */
export function checkPhaseTransferAmendment(check: {
  planIssuedOn: CalendarDate;
  amendedPlanIssuedOn: CalendarDate;
  today: CalendarDate;
}): ReviewProblem | null {
  if (check.amendedPlanIssuedOn > check.today)
    return {
      field: 'amendedPlanIssuedOn',
      message: 'An amended plan cannot be recorded for a day that has not come yet.',
    };
  if (check.amendedPlanIssuedOn < check.planIssuedOn) {
    return {
      field: 'amendedPlanIssuedOn',
      message: `The plan cannot be amended before it was issued, on ${formatCalendarDate(check.planIssuedOn)}.`,
    };
  }
  return null;
}
