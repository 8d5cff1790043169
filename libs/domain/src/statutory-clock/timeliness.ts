import { compareDates, type CalendarDate } from '../calendar-date/calendar-date.js';
import type { ClockEvent } from './clock-events.js';
import { statutoryClock, type RequestClock } from './statutory-clock.js';
import { percentOf } from '../reporting/percent.js';

/*
 * The service reports timeliness twice (seed 003, seed 004 §6): over all cases ("with exceptions"),
 * and over the cases with no exception ("excluding exception cases"), so that a month of
 * family absences does not hide, or excuse, how the service itself performed.
 */

/** One thing that was due: done on time or not, and whether an exception to its limit applies. */
export interface TimelinessCase {
  onTime: boolean;
  exceptionCase: boolean;
}

export interface TimelinessFigures {
  /** All cases, exception cases included. */
  cases: number;
  onTime: number;
  /** Percent on time over all cases, to one decimal place; null when there are none. */
  percentOnTime: number | null;
  casesExcludingExceptions: number;
  onTimeExcludingExceptions: number;
  percentOnTimeExcludingExceptions: number | null;
}

export function timelinessFigures(cases: readonly TimelinessCase[]): TimelinessFigures {
  const withoutExceptions = cases.filter((item) => !item.exceptionCase);
  const onTime = cases.filter((item) => item.onTime).length;
  const onTimeExcludingExceptions = withoutExceptions.filter((item) => item.onTime).length;
  return {
    cases: cases.length,
    onTime,
    percentOnTime: percentOf(onTime, cases.length),
    casesExcludingExceptions: withoutExceptions.length,
    onTimeExcludingExceptions,
    percentOnTimeExcludingExceptions: percentOf(onTimeExcludingExceptions, withoutExceptions.length),
  };
}

/**
 * Whether the final plan was issued within 20 weeks of the request (reg 13(2)), the deadline day
 * included. Null when no final plan has been issued: the request is not yet in the measure.
 */
export function isWithin20Weeks(events: readonly ClockEvent[]): boolean | null {
  const finalPlan = settledClock(events).milestones.find((milestone) => milestone.milestone === 'final_plan');
  if (!finalPlan || finalPlan.completedOn === null) return null;
  return finalPlan.status === 'completed_on_time';
}

/** Whether an accepted reg 10(4) exception applies to the request's 16 and 20 weeks. */
export function hasException(events: readonly ClockEvent[]): boolean {
  return settledClock(events).exceptionCase;
}

/**
 * % of final plans issued within 20 weeks, with and without exception cases, over the requests
 * given (the caller picks the month or the rolling 12 months). Requests with no final plan are not counted.
 */
export function twentyWeekTimeliness(requests: readonly (readonly ClockEvent[])[]): TimelinessFigures {
  const cases: TimelinessCase[] = [];
  for (const events of requests) {
    const onTime = isWithin20Weeks(events);
    if (onTime !== null) cases.push({ onTime, exceptionCase: hasException(events) });
  }
  return timelinessFigures(cases);
}

/** A returned advice, for "% of advices in time, by agency" (reg 8(1)). */
export interface AdviceTimelinessCase extends TimelinessCase {
  adviceId: string;
  agency: string;
  requestedOn: CalendarDate;
  returnedOn: CalendarDate;
}

/** The returned advices of one request, each on time or not and whether a reg 8(2) exception applies. */
export function returnedAdviceCases(events: readonly ClockEvent[]): AdviceTimelinessCase[] {
  return settledClock(events).milestones.flatMap((milestone) =>
    milestone.milestone === 'advice' && milestone.completedOn !== null && milestone.startsOn !== null
      ? [
          {
            adviceId: milestone.adviceId ?? '',
            agency: milestone.agency ?? '',
            requestedOn: milestone.startsOn,
            returnedOn: milestone.completedOn,
            onTime: milestone.status === 'completed_on_time',
            exceptionCase: milestone.exceptionCase,
          },
        ]
      : [],
  );
}

/** Completed milestones do not depend on the day they are read; read them on the last recorded day. */
function settledClock(events: readonly ClockEvent[]): RequestClock {
  const lastDay = [...events]
    .map((event) => event.on)
    .sort(compareDates)
    .at(-1);
  return statutoryClock(events, lastDay ?? '1970-01-01');
}
