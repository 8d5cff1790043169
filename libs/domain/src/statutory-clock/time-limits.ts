import {
  addDays,
  addWeeks,
  daysBetween,
  DAYS_IN_A_WEEK,
  type CalendarDate,
} from '../calendar-date/calendar-date.js';

/*
 * The time limits of the 20-week path (SEND Regulations 2014; SEND Code of Practice 2015, ch. 9).
 * Every limit counts calendar days from the day its clock starts, that day included as day 0: weekends,
 * bank holidays and school holidays are not skipped. The deadline day itself is on time; the day
 * after is late.
 */

/** reg 5(1): the decision whether to assess, within 6 weeks of receiving the request. */
export const DECISION_TO_ASSESS_WEEKS = 6;
/** The council's own target for the decision whether to assess. */
export const DECISION_TO_ASSESS_TARGET_WEEKS = 2;
/** reg 8(1): advice within 6 weeks of being asked for it. */
export const ADVICE_WEEKS = 6;
/** reg 10(1): a decision not to issue a plan, within 16 weeks of the request. */
export const DECISION_NOT_TO_ISSUE_WEEKS = 16;
/** The council's own target for deciding to issue a plan (the law's limit is the 20-week final plan). */
export const DECISION_TO_ISSUE_TARGET_WEEKS = 14;
/** reg 13(2): the final plan, within 20 weeks of the request. */
export const FINAL_PLAN_WEEKS = 20;
/** reg 13(1): the family has at least 15 days on the draft to comment and to name a school. */
export const FAMILY_REPRESENTATION_DAYS = 15;
/** reg 8(2)(b), reg 10(4)(a), (b) and (d): an absence or a closure counts only if it lasts 4 continuous weeks. */
export const EXCEPTION_MINIMUM_DAYS = 4 * DAYS_IN_A_WEEK;
/** reg 10(4)(a) and (b): the closure window opens, and closes, one week before the closure and the reopening. */
export const CLOSURE_WINDOW_LEAD_DAYS = DAYS_IN_A_WEEK;

export function decisionToAssessDeadline(receivedOn: CalendarDate): CalendarDate {
  return addWeeks(receivedOn, DECISION_TO_ASSESS_WEEKS);
}

export function decisionToAssessTarget(receivedOn: CalendarDate): CalendarDate {
  return addWeeks(receivedOn, DECISION_TO_ASSESS_TARGET_WEEKS);
}

/** Counted from the day the advice was asked for, not from the request (reg 8(1)). */
export function adviceDeadline(adviceRequestedOn: CalendarDate): CalendarDate {
  return addWeeks(adviceRequestedOn, ADVICE_WEEKS);
}

export function decisionNotToIssueDeadline(receivedOn: CalendarDate): CalendarDate {
  return addWeeks(receivedOn, DECISION_NOT_TO_ISSUE_WEEKS);
}

export function decisionToIssueTarget(receivedOn: CalendarDate): CalendarDate {
  return addWeeks(receivedOn, DECISION_TO_ISSUE_TARGET_WEEKS);
}

export function finalPlanDeadline(receivedOn: CalendarDate): CalendarDate {
  return addWeeks(receivedOn, FINAL_PLAN_WEEKS);
}

/** reg 13(1): the first day a final plan may be issued after its draft. */
export function earliestFinalPlanDate(draftIssuedOn: CalendarDate): CalendarDate {
  return addDays(draftIssuedOn, FAMILY_REPRESENTATION_DAYS);
}

/**
 * The last day a draft can go out and still leave the family their 15 days (reg 13(1)) before the
 * 20-week limit (reg 13(2)). Not a limit in law: the council's working target for the draft.
 */
export function latestDraftForFinalOnTime(receivedOn: CalendarDate): CalendarDate {
  return addDays(finalPlanDeadline(receivedOn), -FAMILY_REPRESENTATION_DAYS);
}

/**
 * The week of the path a day falls in: the weeks count from the day the request is received, so the 7th day after
 * it ends week 1 and the 8th begins week 2, and the 20-week deadline day (day 140) ends week 20 — on time, "week 20
 * of 20" — where the day after it begins week 21. The day received is in week 1. Past week 20 it keeps counting
 * ("week 22 of 20" two weeks after the deadline).
 */
export function weekOfPath(receivedOn: CalendarDate, on: CalendarDate): number {
  return Math.max(1, Math.ceil(daysBetween(receivedOn, on) / DAYS_IN_A_WEEK));
}

/** "week 5 of 20"; on the 20-week deadline day of an open path, "week 20 of 20, due today". */
export function weekOfPathLabel(week: number, finalPlanDueToday = false): string {
  return `week ${week} of ${FINAL_PLAN_WEEKS}${finalPlanDueToday ? ', due today' : ''}`;
}
