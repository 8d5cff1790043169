import type { CalendarDate } from '../calendar-date/calendar-date.js';
import type {
  AdviceExceptionKind,
  DecisionToAssessExceptionKind,
  PlanExceptionKind,
} from '../vocabulary/statutory-exceptions.js';

/*
 * What happened to one EHC needs assessment request, as the statutory clock reads it. Each event
 * carries the calendar day it happened (`on`); the clock sorts them by that day, so their order in
 * the list does not matter.
 */

export interface RequestReceived {
  type: 'request_received';
  on: CalendarDate;
}

/** reg 5(1): the Local Authority's decision whether to carry out an EHC needs assessment. */
export interface DecisionToAssess {
  type: 'decision_to_assess';
  on: CalendarDate;
  outcome: 'agree' | 'refuse';
}

/** reg 6(1): advice asked of an agency (health, EP, social care, the school...). */
export interface AdviceRequested {
  type: 'advice_requested';
  on: CalendarDate;
  adviceId: string;
  /** Who was asked: an agency or team name or code, shown as it is. */
  agency: string;
}

export interface AdviceReturned {
  type: 'advice_returned';
  on: CalendarDate;
  adviceId: string;
}

/** An advice no longer wanted (asked of the wrong team, say): it is no longer due. */
export interface AdviceCancelled {
  type: 'advice_cancelled';
  on: CalendarDate;
  adviceId: string;
}

/** After the assessment: to issue a plan, or not to (reg 10(1)). */
export interface DecisionToIssue {
  type: 'decision_to_issue';
  on: CalendarDate;
  outcome: 'issue' | 'not_issue';
}

export interface DraftIssued {
  type: 'draft_issued';
  on: CalendarDate;
}

export interface FinalIssued {
  type: 'final_issued';
  on: CalendarDate;
}

export interface RequestWithdrawn {
  type: 'withdrawn';
  on: CalendarDate;
}

/** An exception to a time limit, recorded on the day `on`. */
export interface ExceptionRecorded {
  type: 'exception_recorded';
  on: CalendarDate;
  exception: TimeLimitException;
}

export type ClockEvent =
  | RequestReceived
  | DecisionToAssess
  | AdviceRequested
  | AdviceReturned
  | AdviceCancelled
  | DecisionToIssue
  | DraftIssued
  | FinalIssued
  | RequestWithdrawn
  | ExceptionRecorded;

export type ClockEventType = ClockEvent['type'];

/*
 * Exceptions to time limits. The Regulations do not move the deadline: they excuse missing it
 * ("need not comply with the time limit ... if it is impractical to do so because..."). So an
 * exception never changes a date; it marks the milestone as an exception case, and timeliness is
 * reported both with and without such cases.
 *
 * Every exception has the dates it happened on: `startsOn`, and `endsOn` where it has an end. Both
 * are days included in the absence or closure: `endsOn` is its last day, not the day after. For a
 * closure, `startsOn` is the first day closed; it re-opens the day after `endsOn`.
 */

interface ExceptionDates {
  /** An id for the recorded exception, passed back in the clock's answers. */
  id?: string;
  startsOn: CalendarDate;
  /** The last day of the absence, closure or circumstances; an absence or closure needs it. */
  endsOn?: CalendarDate | null;
  note?: string | null;
}

/**
 * reg 8(2): the exceptions to one advice's 6 weeks — (a) exceptional circumstances, (b) absence from the
 * area for 4+ continuous weeks within the 6 weeks, (c) an appointment the adviser made within them missed
 * (`startsOn` is its day). School holidays are not among them.
 */
export interface AdviceException extends ExceptionDates {
  regulation: '8(2)';
  kind: AdviceExceptionKind;
  adviceId: string;
}

/**
 * reg 5(4): the exceptions to the 6 weeks for the decision whether to assess — (a) advice asked of a school or
 * post-16 institution from one week before it closed for 4+ continuous weeks to one week before it re-opened,
 * (b) exceptional personal circumstances of the child or parent, (c) the child or parent absent from the area for
 * 4+ continuous weeks.
 */
export interface DecisionToAssessException extends ExceptionDates {
  regulation: '5(4)';
  kind: DecisionToAssessExceptionKind;
  /** For a closure: the day the Local Authority asked the school for its advice. */
  adviceAskedOn?: CalendarDate | null;
}

/**
 * reg 10(4), applied to the 20 weeks by reg 13(3): the exceptions to the 16 and 20 week limits —
 * (a) advice asked of a school or post-16 institution, or (b) of an early years provider, from one week
 * before it closed for 4+ continuous weeks to one week before it re-opened; (c) exceptional personal
 * circumstances of the child or parent; (d) the child or parent absent from the area for 4+ continuous weeks.
 */
export interface PlanException extends ExceptionDates {
  regulation: '10(4)';
  kind: PlanExceptionKind;
  /** For a closure: the day the Local Authority asked the school or provider for its advice. */
  adviceAskedOn?: CalendarDate | null;
}

export type TimeLimitException = DecisionToAssessException | AdviceException | PlanException;
