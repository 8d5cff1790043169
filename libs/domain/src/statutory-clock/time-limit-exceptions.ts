import {
  addDays,
  daysBetween,
  earliestOf,
  formatCalendarDate,
  isAfter,
  isBefore,
  isCalendarDate,
  isWithin,
  latestOf,
  type CalendarDate,
} from '../calendar-date/calendar-date.js';
import type { AdviceException, PlanException, TimeLimitException } from './clock-events.js';
import {
  adviceDeadline,
  CLOSURE_WINDOW_LEAD_DAYS,
  EXCEPTION_MINIMUM_DAYS,
  finalPlanDeadline,
} from './time-limits.js';

/** Whether a recorded exception holds, and if not, why: the reason is shown to the person recording it. */
export type ExceptionCheck = { ok: true } | { ok: false; reason: string };

const accepted: ExceptionCheck = { ok: true };
const rejected = (reason: string): ExceptionCheck => ({ ok: false, reason });
const day = formatCalendarDate;

/**
 * Checks an exception to one advice's 6 weeks (reg 8(2)) against the day the advice was asked for.
 * School holidays are not an exception here: reg 8(2) has no closure exception.
 */
export function checkAdviceException(
  exception: AdviceException,
  adviceRequestedOn: CalendarDate,
): ExceptionCheck {
  const dueOn = adviceDeadline(adviceRequestedOn);
  const dates = checkDates(exception.startsOn, endsOnOf(exception), adviceRequestedOn);
  if (!dates.ok) return dates;
  switch (exception.kind) {
    case 'exceptional_circumstances':
      return startsBy(exception.startsOn, dueOn, 'the advice was due');
    case 'absent_from_area': {
      const lasting = lastsFourWeeks(exception.startsOn, exception.endsOn, 'reg 8(2)(b)');
      if (!lasting.ok) return lasting;
      // reg 8(2)(b): the 4 weeks away must fall within the 6 weeks the adviser had.
      const within = overlapDays(
        exception.startsOn,
        exception.endsOn as CalendarDate,
        adviceRequestedOn,
        dueOn,
      );
      return within >= EXCEPTION_MINIMUM_DAYS
        ? accepted
        : rejected(
            `Only ${within} days of the absence fell within the 6 weeks from ${day(adviceRequestedOn)} to ${day(dueOn)}; ` +
              `reg 8(2)(b) needs 4 continuous weeks away within them.`,
          );
    }
    case 'missed_appointment':
      // reg 8(2)(c): the appointment missed must be one made during the 6 weeks.
      return isWithin(exception.startsOn, adviceRequestedOn, dueOn)
        ? accepted
        : rejected(
            `The missed appointment must fall within the 6 weeks from ${day(adviceRequestedOn)} to ${day(dueOn)}.`,
          );
  }
}

/** Checks an exception to the 16 and 20 week limits (reg 10(4), and reg 13(3) for the final plan). */
export function checkPlanException(exception: PlanException, receivedOn: CalendarDate): ExceptionCheck {
  const finalDueOn = finalPlanDeadline(receivedOn);
  const dates = checkDates(exception.startsOn, endsOnOf(exception), receivedOn);
  if (!dates.ok) return dates;
  switch (exception.kind) {
    case 'setting_closure':
      return checkSettingClosure(exception.startsOn, exception.endsOn, exception.adviceAskedOn, receivedOn);
    case 'exceptional_circumstances':
      return startsBy(exception.startsOn, finalDueOn, 'the final plan was due');
    case 'absent_from_area': {
      const lasting = lastsFourWeeks(exception.startsOn, exception.endsOn, 'reg 10(4)(c)');
      if (!lasting.ok) return lasting;
      return isAfter(exception.startsOn, finalDueOn)
        ? rejected(`The absence began after the final plan was due on ${day(finalDueOn)}.`)
        : accepted;
    }
  }
}

/**
 * reg 10(4)(a): the school or setting must close for 4+ continuous weeks, and the advice must have
 * been asked of it between one week before it closed and one week before it reopened.
 */
function checkSettingClosure(
  closedFrom: CalendarDate,
  lastDayClosed: CalendarDate | null,
  adviceAskedOn: CalendarDate | null,
  receivedOn: CalendarDate,
): ExceptionCheck {
  const lasting = lastsFourWeeks(closedFrom, lastDayClosed, 'reg 10(4)(a)');
  if (!lasting.ok) return lasting;
  if (adviceAskedOn === null)
    return rejected('Say when the school or setting was asked for its advice (reg 10(4)(a)).');
  if (!isCalendarDate(adviceAskedOn)) return rejected(`"${adviceAskedOn}" is not a date.`);
  if (isBefore(adviceAskedOn, receivedOn))
    return rejected('The advice cannot have been asked for before the request was received.');
  const reopensOn = addDays(lastDayClosed as CalendarDate, 1);
  const windowOpens = addDays(closedFrom, -CLOSURE_WINDOW_LEAD_DAYS);
  const windowCloses = addDays(reopensOn, -CLOSURE_WINDOW_LEAD_DAYS);
  return isWithin(adviceAskedOn, windowOpens, windowCloses)
    ? accepted
    : rejected(
        `The advice was asked for on ${day(adviceAskedOn)}; reg 10(4)(a) covers advice asked from ${day(windowOpens)} ` +
          `(a week before the closure) to ${day(windowCloses)} (a week before it reopens on ${day(reopensOn)}).`,
      );
}

function endsOnOf(exception: TimeLimitException): CalendarDate | null {
  return 'endsOn' in exception ? (exception.endsOn ?? null) : null;
}

function checkDates(
  startsOn: CalendarDate,
  endsOn: CalendarDate | null,
  clockStartsOn: CalendarDate,
): ExceptionCheck {
  if (!isCalendarDate(startsOn)) return rejected(`"${startsOn}" is not a date.`);
  if (endsOn === null) return accepted;
  if (!isCalendarDate(endsOn)) return rejected(`"${endsOn}" is not a date.`);
  if (isBefore(endsOn, startsOn)) return rejected('The exception cannot end before it starts.');
  if (isBefore(endsOn, clockStartsOn))
    return rejected(`The exception ended before the clock started on ${day(clockStartsOn)}.`);
  return accepted;
}

function lastsFourWeeks(
  startsOn: CalendarDate,
  endsOn: CalendarDate | null,
  regulation: string,
): ExceptionCheck {
  if (endsOn === null) return rejected(`Say when it ended: ${regulation} needs 4 continuous weeks or more.`);
  const days = daysBetween(startsOn, endsOn) + 1;
  return days >= EXCEPTION_MINIMUM_DAYS
    ? accepted
    : rejected(
        `${days} days from ${day(startsOn)} to ${day(endsOn)} is less than the 4 continuous weeks ${regulation} needs.`,
      );
}

function startsBy(startsOn: CalendarDate, dueOn: CalendarDate, what: string): ExceptionCheck {
  // Circumstances that began after the deadline cannot have made it impractical to meet.
  return isAfter(startsOn, dueOn)
    ? rejected(`The circumstances began after ${what} on ${day(dueOn)}.`)
    : accepted;
}

/** Days of [aFrom, aTo] that are also in [bFrom, bTo], both ends included. */
function overlapDays(aFrom: CalendarDate, aTo: CalendarDate, bFrom: CalendarDate, bTo: CalendarDate): number {
  return Math.max(0, daysBetween(latestOf(aFrom, bFrom), earliestOf(aTo, bTo)) + 1);
}

/** An exception as it is kept in the database: its regulation, kind and dates as columns. */
export interface RecordedException {
  id?: string;
  regulation: string;
  kind: string;
  startsOn: CalendarDate;
  endsOn?: CalendarDate | null;
  /** For reg 8(2): the advice it applies to. */
  adviceId?: string | null;
  /** For reg 10(4)(a): the day the school or setting was asked for its advice. */
  adviceAskedOn?: CalendarDate | null;
  note?: string | null;
}

export type RecordedExceptionReading =
  { ok: true; exception: TimeLimitException } | { ok: false; reason: string };

/**
 * Reads a stored exception into the clock's terms, refusing a kind its regulation does not allow:
 * above all a school holiday offered as the reason an advice was late (reg 8(2) has no such exception).
 */
export function readRecordedException(record: RecordedException): RecordedExceptionReading {
  const common = { id: record.id, startsOn: record.startsOn, note: record.note ?? null };
  const endsOn = record.endsOn ?? null;
  if (record.regulation === '8(2)') {
    if (record.kind === 'setting_closure') {
      return {
        ok: false,
        reason:
          'School holidays and closures are not an exception for advice: reg 8(2) allows only exceptional ' +
          'personal circumstances, absence from the area and a missed appointment.',
      };
    }
    if (!record.adviceId)
      return { ok: false, reason: 'A reg 8(2) exception applies to one advice: say which.' };
    const adviceId = record.adviceId;
    switch (record.kind) {
      case 'exceptional_circumstances':
        return {
          ok: true,
          exception: { ...common, regulation: '8(2)', kind: 'exceptional_circumstances', adviceId, endsOn },
        };
      case 'absent_from_area':
        return {
          ok: true,
          exception: { ...common, regulation: '8(2)', kind: 'absent_from_area', adviceId, endsOn },
        };
      case 'missed_appointment':
        return {
          ok: true,
          exception: { ...common, regulation: '8(2)', kind: 'missed_appointment', adviceId },
        };
    }
  }
  if (record.regulation === '10(4)') {
    switch (record.kind) {
      case 'setting_closure':
        return {
          ok: true,
          exception: {
            ...common,
            regulation: '10(4)',
            kind: 'setting_closure',
            endsOn,
            adviceAskedOn: record.adviceAskedOn ?? null,
          },
        };
      case 'exceptional_circumstances':
        return {
          ok: true,
          exception: { ...common, regulation: '10(4)', kind: 'exceptional_circumstances', endsOn },
        };
      case 'absent_from_area':
        return { ok: true, exception: { ...common, regulation: '10(4)', kind: 'absent_from_area', endsOn } };
      case 'missed_appointment':
        return {
          ok: false,
          reason:
            'A missed appointment excuses a late advice (reg 8(2)(c)), not the 16 or 20 weeks (reg 10(4)).',
        };
    }
  }
  return { ok: false, reason: `reg ${record.regulation} has no exception "${record.kind}".` };
}

export function isAdviceException(exception: TimeLimitException): exception is AdviceException {
  return exception.regulation === '8(2)';
}

export function isPlanException(exception: TimeLimitException): exception is PlanException {
  return exception.regulation === '10(4)';
}
