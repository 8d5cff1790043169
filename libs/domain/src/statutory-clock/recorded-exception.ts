import type { CalendarDate } from '../calendar-date/calendar-date.js';
import {
  EXCEPTION_KINDS_UNDER,
  isExceptionKindUnder,
  isExceptionRegulation,
  type AdviceExceptionKind,
  type DecisionToAssessExceptionKind,
  type ExceptionRegulation,
  type PlanExceptionKind,
} from '../vocabulary/statutory-exceptions.js';
import type { TimeLimitException } from './clock-events.js';
import {
  checkAdviceException,
  checkDecisionToAssessException,
  checkPlanException,
  isAdviceException,
  isDecisionToAssessException,
  isPlanException,
  type ExceptionCheck,
  type ExceptionField,
} from './time-limit-exceptions.js';

/** An exception as it is kept in the database, sent to the API or read from an import file: its regulation, kind and dates. */
export interface RecordedException {
  id?: string;
  regulation: string;
  kind: string;
  startsOn: CalendarDate;
  endsOn?: CalendarDate | null;
  /** For reg 8(2): the advice it applies to. */
  adviceId?: string | null;
  /** For a closure (reg 10(4)(a) or (b)): the day the school or provider was asked for its advice. */
  adviceAskedOn?: CalendarDate | null;
  note?: string | null;
}

export type RecordedExceptionReading =
  { ok: true; exception: TimeLimitException } | { ok: false; reason: string; field: ExceptionField };

/**
 * Reads a recorded exception into the clock's terms, refusing a kind its regulation does not allow:
 * above all a school holiday offered as the reason an advice was late (reg 8(2) has no such exception).
 */
export function readRecordedException(record: RecordedException): RecordedExceptionReading {
  const { regulation, kind } = record;
  if (!isExceptionRegulation(regulation))
    return { ok: false, reason: `reg ${regulation} has no exception the clock knows.`, field: 'regulation' };
  if (!isExceptionKindUnder(regulation, kind))
    return { ok: false, reason: kindNotAllowed(regulation, kind), field: 'kind' };
  const common = {
    id: record.id,
    startsOn: record.startsOn,
    endsOn: record.endsOn ?? null,
    note: record.note ?? null,
  };
  if (regulation === '8(2)') {
    if (!record.adviceId)
      return {
        ok: false,
        reason: 'A reg 8(2) exception applies to one advice: say which.',
        field: 'adviceRequestId',
      };
    // The kind is one reg 8(2) allows, checked above.
    const adviceKind = kind as AdviceExceptionKind;
    return { ok: true, exception: { ...common, regulation, kind: adviceKind, adviceId: record.adviceId } };
  }
  const adviceAskedOn = record.adviceAskedOn ?? null;
  if (regulation === '5(4)') {
    const decisionKind = kind as DecisionToAssessExceptionKind;
    return { ok: true, exception: { ...common, regulation, kind: decisionKind, adviceAskedOn } };
  }
  const planKind = kind as PlanExceptionKind;
  return { ok: true, exception: { ...common, regulation, kind: planKind, adviceAskedOn } };
}

function kindNotAllowed(regulation: ExceptionRegulation, kind: string): string {
  if (regulation === '8(2)' && kind.endsWith('_closure'))
    return (
      'School holidays and closures are not an exception for advice: reg 8(2) allows only exceptional ' +
      'personal circumstances, absence from the area and a missed appointment.'
    );
  if (kind === 'missed_appointment')
    return `A missed appointment excuses a late advice (reg 8(2)(c)), not ${regulation === '5(4)' ? 'the decision whether to assess (reg 5(4))' : 'the 16 or 20 weeks (reg 10(4))'}.`;
  if (regulation === '5(4)' && kind === 'early_years_closure')
    return 'reg 5(4) has no exception for an early years provider’s closure: its closure exception (a) is for a school or post-16 institution.';
  return `reg ${regulation} has no exception "${kind}": it allows ${EXCEPTION_KINDS_UNDER[regulation].join(', ')}.`;
}

/** The days a recorded exception is checked against. */
export interface ExceptionDays {
  receivedOn: CalendarDate;
  /** For reg 8(2): the day the advice it applies to was asked for, or null when it is not one of the request's. */
  adviceRequestedOn?: CalendarDate | null;
}

/**
 * Reads a recorded exception and checks it against its request, as the statutory clock does: every way an exception
 * comes in (the case page, the import, the demo council) records it only when this accepts it.
 */
export function checkRecordedException(record: RecordedException, days: ExceptionDays): ExceptionCheck {
  const reading = readRecordedException(record);
  if (!reading.ok) return reading;
  const exception = reading.exception;
  if (isPlanException(exception)) return checkPlanException(exception, days.receivedOn);
  if (!isAdviceException(exception)) return checkDecisionToAssessException(exception, days.receivedOn);
  if (!days.adviceRequestedOn)
    return {
      ok: false,
      reason: 'That advice request is not part of this request.',
      field: 'adviceRequestId',
    };
  return checkAdviceException(exception, days.adviceRequestedOn);
}

/**
 * Whether an exception to the 16 and 20 weeks (reg 10(4), reg 13(3)) that the clock accepts applies to a request:
 * the monthly return leaves such plans out of its "excluding exceptions" table, as the case page's clock does.
 */
export function isPlanExceptionCase(
  receivedOn: CalendarDate,
  records: readonly RecordedException[],
): boolean {
  return records.some((record) => {
    const reading = readRecordedException(record);
    return (
      reading.ok && isPlanException(reading.exception) && checkPlanException(reading.exception, receivedOn).ok
    );
  });
}

/**
 * Whether an exception to one advice's 6 weeks (reg 8(2)) that the clock accepts applies to it: the Health Gateway's
 * "without exceptions" figures and its tracker leave out or mark only such advices, as the case page's clock does, so
 * an exception the clock refuses (a school holiday, an appointment missed after the 6 weeks) excuses nothing.
 */
export function isAdviceExceptionCase(
  advice: { id: string; requestedOn: CalendarDate },
  records: readonly RecordedException[],
): boolean {
  return records.some((record) => {
    if (record.adviceId && record.adviceId !== advice.id) return false;
    const reading = readRecordedException({ ...record, adviceId: advice.id });
    return (
      reading.ok &&
      isAdviceException(reading.exception) &&
      checkAdviceException(reading.exception, advice.requestedOn).ok
    );
  });
}

/**
 * Whether an exception to the 6 weeks for the decision whether to assess (reg 5(4)) that the clock accepts applies to
 * a request: the dashboard's decisions in 6 weeks "without exceptions" leave out only such requests, as the case page
 * marks the decision's milestone.
 */
export function isDecisionToAssessExceptionCase(
  receivedOn: CalendarDate,
  records: readonly RecordedException[],
): boolean {
  return records.some((record) => {
    const reading = readRecordedException(record);
    return (
      reading.ok &&
      isDecisionToAssessException(reading.exception) &&
      checkDecisionToAssessException(reading.exception, receivedOn).ok
    );
  });
}
