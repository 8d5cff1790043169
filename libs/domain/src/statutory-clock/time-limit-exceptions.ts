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
import {
  CORONAVIRUS_EASEMENT,
  exceptionCitation,
  type ExceptionRegulation,
  type StatutoryExceptionKind,
} from '../vocabulary/statutory-exceptions.js';
import type {
  AdviceException,
  DecisionToAssessException,
  PlanException,
  TimeLimitException,
} from './clock-events.js';
import {
  adviceDeadline,
  decisionToAssessDeadline,
  CLOSURE_WINDOW_LEAD_DAYS,
  EXCEPTION_MINIMUM_DAYS,
  finalPlanDeadline,
} from './time-limits.js';

/** The part of a recorded exception a refusal is about, so a form or an import can point at it. */
export type ExceptionField =
  'regulation' | 'kind' | 'startsOn' | 'endsOn' | 'adviceAskedOn' | 'adviceRequestId';

/** Whether a recorded exception holds, and if not, why: the reason is shown to the person recording it. */
export type ExceptionCheck = { ok: true } | { ok: false; reason: string; field: ExceptionField };

const accepted: ExceptionCheck = { ok: true };
const rejected = (reason: string, field: ExceptionField): ExceptionCheck => ({ ok: false, reason, field });
const day = formatCalendarDate;

/** The time limit an exception excuses: the days it runs, and what fell due at its end. */
interface LimitPeriod {
  regulation: ExceptionRegulation;
  /** The day its clock started: the advice asked for, or the request received. */
  from: CalendarDate;
  dueOn: CalendarDate;
  /** "the 6 weeks" */
  span: string;
  /** "the advice was due" */
  due: string;
}

/** Checks an exception to the 6 weeks for the decision whether to assess (reg 5(4)) against the day the request was received. */
export function checkDecisionToAssessException(
  exception: DecisionToAssessException,
  receivedOn: CalendarDate,
): ExceptionCheck {
  return checkAgainst(exception, {
    regulation: '5(4)',
    from: receivedOn,
    dueOn: decisionToAssessDeadline(receivedOn),
    span: 'the 6 weeks',
    due: 'the decision whether to assess was due',
  });
}

/** Checks an exception to one advice's 6 weeks (reg 8(2)) against the day the advice was asked for. */
export function checkAdviceException(
  exception: AdviceException,
  adviceRequestedOn: CalendarDate,
): ExceptionCheck {
  return checkAgainst(exception, {
    regulation: '8(2)',
    from: adviceRequestedOn,
    dueOn: adviceDeadline(adviceRequestedOn),
    span: 'the 6 weeks',
    due: 'the advice was due',
  });
}

/**
 * Checks an exception to the 16 and 20 week limits (reg 10(4), and reg 13(3) for the final plan). It is checked
 * against the 20 weeks, the longest period a reg 10(4) exception excuses.
 */
export function checkPlanException(exception: PlanException, receivedOn: CalendarDate): ExceptionCheck {
  return checkAgainst(exception, {
    regulation: '10(4)',
    from: receivedOn,
    dueOn: finalPlanDeadline(receivedOn),
    span: 'the 20 weeks',
    due: 'the final plan was due',
  });
}

function checkAgainst(exception: TimeLimitException, period: LimitPeriod): ExceptionCheck {
  const endsOn = exception.endsOn ?? null;
  const dates = checkDates(exception.startsOn, endsOn, period.from);
  if (!dates.ok) return dates;
  const citation = exceptionCitation(period.regulation, exception.kind);
  switch (exception.kind) {
    case 'exceptional_circumstances':
      // Circumstances that began after the deadline cannot have made it impractical to meet.
      return isAfter(exception.startsOn, period.dueOn)
        ? rejected(`The circumstances began after ${period.due} on ${day(period.dueOn)}.`, 'startsOn')
        : accepted;
    case 'absent_from_area':
      return checkAbsence(exception.startsOn, endsOn, period, citation);
    case 'missed_appointment':
      // reg 8(2)(c): the appointment missed must be one made during the 6 weeks.
      return isWithin(exception.startsOn, period.from, period.dueOn)
        ? accepted
        : rejected(
            `The missed appointment must fall within ${period.span} from ${day(period.from)} to ${day(period.dueOn)}.`,
            'startsOn',
          );
    case 'school_closure':
    case 'early_years_closure':
      return checkClosure(exception, period, citation);
    case 'coronavirus':
      return checkCoronavirus(exception.startsOn, endsOn, period);
  }
}

/**
 * SI 2020/471: the coronavirus exception, in force from 1 May to 25 September 2020. Our reading: the disruption
 * recorded must lie within those days and have begun by the deadline, and the limit must have fallen due while the
 * easement was in force — a deadline missed before 1 May was missed under the usual rules, and from 26 September
 * the usual time limits applied again.
 */
function checkCoronavirus(
  startsOn: CalendarDate,
  endsOn: CalendarDate | null,
  period: LimitPeriod,
): ExceptionCheck {
  const { from, to } = CORONAVIRUS_EASEMENT;
  const inForce = `The coronavirus exception (SI 2020/471) was in force from ${day(from)} to ${day(to)}`;
  if (isBefore(startsOn, from))
    return rejected(`${inForce}: it cannot start on ${day(startsOn)}.`, 'startsOn');
  if (isAfter(endsOn ?? startsOn, to))
    return rejected(
      `${inForce}: it cannot run to ${day(endsOn ?? startsOn)}.`,
      endsOn ? 'endsOn' : 'startsOn',
    );
  if (!isWithin(period.dueOn, from, to))
    return rejected(
      `${inForce}, and ${period.due} on ${day(period.dueOn)}: the usual time limit applied.`,
      'startsOn',
    );
  return isAfter(startsOn, period.dueOn)
    ? rejected(`The disruption began after ${period.due} on ${day(period.dueOn)}.`, 'startsOn')
    : accepted;
}

/** reg 5(4)(c), reg 8(2)(b), reg 10(4)(d): 4 continuous weeks away, and 4 weeks of them within the period the exception excuses. */
function checkAbsence(
  startsOn: CalendarDate,
  endsOn: CalendarDate | null,
  period: LimitPeriod,
  citation: string,
): ExceptionCheck {
  const lasting = lastsFourWeeks(startsOn, endsOn, citation);
  if (!lasting.ok || endsOn === null) return lasting;
  const within = overlapDays(startsOn, endsOn, period.from, period.dueOn);
  return within >= EXCEPTION_MINIMUM_DAYS
    ? accepted
    : rejected(
        `Only ${within} days of the absence fell within ${period.span} from ${day(period.from)} to ${day(period.dueOn)}; ` +
          `${citation} needs 4 continuous weeks away within them.`,
        within === 0 && isAfter(startsOn, period.dueOn) ? 'startsOn' : 'endsOn',
      );
}

const ASKED_OF: Partial<Record<StatutoryExceptionKind, string>> = {
  school_closure: 'the school or post-16 institution',
  early_years_closure: 'the early years provider',
};

/**
 * reg 5(4)(a), reg 10(4)(a) and (b): the school, post-16 institution or early years provider must close for 4+ continuous weeks,
 * and the advice must have been asked of it between one week before it closed and one week before it re-opened —
 * after the request was received and by the day the limit fell due.
 */
function checkClosure(
  exception: PlanException | DecisionToAssessException,
  period: LimitPeriod,
  citation: string,
): ExceptionCheck {
  const closedFrom = exception.startsOn;
  const lastDayClosed = exception.endsOn ?? null;
  const lasting = lastsFourWeeks(closedFrom, lastDayClosed, citation);
  if (!lasting.ok || lastDayClosed === null) return lasting;
  const askedOn = exception.adviceAskedOn ?? null;
  if (askedOn === null)
    return rejected(
      `Say when ${ASKED_OF[exception.kind]} was asked for its advice (${citation}).`,
      'adviceAskedOn',
    );
  if (!isCalendarDate(askedOn)) return rejected(`"${askedOn}" is not a date.`, 'adviceAskedOn');
  if (isBefore(askedOn, period.from))
    return rejected(
      'The advice cannot have been asked for before the request was received.',
      'adviceAskedOn',
    );
  if (isAfter(askedOn, period.dueOn))
    return rejected(
      `The advice was asked for on ${day(askedOn)}, after ${period.due} on ${day(period.dueOn)}.`,
      'adviceAskedOn',
    );
  const reopensOn = addDays(lastDayClosed, 1);
  const windowOpens = addDays(closedFrom, -CLOSURE_WINDOW_LEAD_DAYS);
  const windowCloses = addDays(reopensOn, -CLOSURE_WINDOW_LEAD_DAYS);
  return isWithin(askedOn, windowOpens, windowCloses)
    ? accepted
    : rejected(
        `The advice was asked for on ${day(askedOn)}; ${citation} covers advice asked from ${day(windowOpens)} ` +
          `(a week before the closure) to ${day(windowCloses)} (a week before it reopens on ${day(reopensOn)}).`,
        'adviceAskedOn',
      );
}

function checkDates(
  startsOn: CalendarDate,
  endsOn: CalendarDate | null,
  clockStartsOn: CalendarDate,
): ExceptionCheck {
  if (!isCalendarDate(startsOn)) return rejected(`"${startsOn}" is not a date.`, 'startsOn');
  if (endsOn === null) return accepted;
  if (!isCalendarDate(endsOn)) return rejected(`"${endsOn}" is not a date.`, 'endsOn');
  if (isBefore(endsOn, startsOn)) return rejected('The exception cannot end before it starts.', 'endsOn');
  if (isBefore(endsOn, clockStartsOn))
    return rejected(`The exception ended before the clock started on ${day(clockStartsOn)}.`, 'endsOn');
  return accepted;
}

function lastsFourWeeks(
  startsOn: CalendarDate,
  endsOn: CalendarDate | null,
  citation: string,
): ExceptionCheck {
  if (endsOn === null)
    return rejected(`Say when it ended: ${citation} needs 4 continuous weeks or more.`, 'endsOn');
  const days = daysBetween(startsOn, endsOn) + 1;
  return days >= EXCEPTION_MINIMUM_DAYS
    ? accepted
    : rejected(
        `${days} days from ${day(startsOn)} to ${day(endsOn)} is less than the 4 continuous weeks ${citation} needs.`,
        'endsOn',
      );
}

/** Days of [aFrom, aTo] that are also in [bFrom, bTo], both ends included. */
function overlapDays(aFrom: CalendarDate, aTo: CalendarDate, bFrom: CalendarDate, bTo: CalendarDate): number {
  return Math.max(0, daysBetween(latestOf(aFrom, bFrom), earliestOf(aTo, bTo)) + 1);
}

export function isAdviceException(exception: TimeLimitException): exception is AdviceException {
  return exception.regulation === '8(2)';
}

export function isPlanException(exception: TimeLimitException): exception is PlanException {
  return exception.regulation === '10(4)';
}

export function isDecisionToAssessException(
  exception: TimeLimitException,
): exception is DecisionToAssessException {
  return exception.regulation === '5(4)';
}
