import type { RequestClockView } from '@convene/contracts';
import { readRecordedException, statutoryClock, type ClockEvent, type RequestClock } from '@convene/domain';
import type { EhcRequestRow, RequestRows } from './ehc-requests.repository.js';

const STEP_EVENTS: Record<string, (on: string) => ClockEvent | null> = {
  assessment: (on) => ({ type: 'decision_to_assess', on, outcome: 'agree' }),
  refused: (on) => ({ type: 'decision_to_assess', on, outcome: 'refuse' }),
  decision_to_issue: (on) => ({ type: 'decision_to_issue', on, outcome: 'issue' }),
  not_issued: (on) => ({ type: 'decision_to_issue', on, outcome: 'not_issue' }),
  draft_issued: (on) => ({ type: 'draft_issued', on }),
  final_issued: (on) => ({ type: 'final_issued', on }),
  withdrawn: (on) => ({ type: 'withdrawn', on }),
};

/**
 * What happened to one request, as the statutory clock in libs/domain reads it, and the exceptions recorded that it
 * cannot read at all (a kind their regulation does not allow), each with why.
 */
function clockEventsFor(
  request: Pick<EhcRequestRow, 'id' | 'received_on'>,
  rows: RequestRows,
): { events: ClockEvent[]; unreadable: RejectedRecord[] } {
  const events: ClockEvent[] = [{ type: 'request_received', on: request.received_on }];
  const unreadable: RejectedRecord[] = [];
  for (const step of rows.steps.filter((s) => s.request_id === request.id)) {
    const event = STEP_EVENTS[step.stage]?.(step.occurred_on);
    if (event) events.push(event);
  }
  for (const advice of rows.advice.filter((a) => a.request_id === request.id)) {
    events.push({
      type: 'advice_requested',
      on: advice.requested_on,
      adviceId: advice.id,
      agency: advice.agency_name ?? 'Awaiting triage',
    });
    if (advice.returned_on)
      events.push({ type: 'advice_returned', on: advice.returned_on, adviceId: advice.id });
  }
  for (const row of rows.exceptions.filter((x) => x.request_id === request.id)) {
    const reading = readRecordedException({
      id: row.id,
      regulation: row.regulation,
      kind: row.kind,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      adviceId: row.advice_request_id,
      adviceAskedOn: row.advice_asked_on,
      note: row.note,
    });
    if (reading.ok)
      events.push({ type: 'exception_recorded', on: row.starts_on, exception: reading.exception });
    else unreadable.push({ id: row.id, kind: row.kind, regulation: row.regulation, reason: reading.reason });
  }
  return { events, unreadable };
}

/** A recorded exception the clock does not allow, by the id it is kept under. */
type RejectedRecord = RequestClockView['rejectedExceptions'][number] & { id: string };

/** The request's statutory clock on `today`, read from what was recorded of it (`rows` may hold other requests too). */
export function requestClock(
  request: Pick<EhcRequestRow, 'id' | 'received_on'>,
  rows: RequestRows,
  today: string,
): RequestClock {
  // The clock as it stood on the day: a step recorded since (a past sitting's agenda built later) had not happened.
  const events = clockEventsFor(request, rows).events.filter((event) => event.on <= today);
  return statutoryClock(events, today);
}

/**
 * Every milestone of the request's path on `today`, for the case page, and why the clock does not allow each
 * recorded exception it leaves out (by its id): the case page marks those "Not allowed" rather than counting them,
 * as the monthly return leaves them uncounted.
 */
export function requestClockView(
  request: Pick<EhcRequestRow, 'id' | 'received_on'>,
  rows: RequestRows,
  today: string,
): { view: RequestClockView; notAllowed: ReadonlyMap<string, string> } {
  const { events, unreadable } = clockEventsFor(request, rows);
  const clock = statutoryClock(events, today);
  const rejected: RejectedRecord[] = [
    ...clock.rejectedExceptions.map((r) => ({
      id: r.exception.id ?? '',
      kind: r.exception.kind,
      regulation: r.exception.regulation,
      reason: r.reason,
    })),
    ...unreadable,
  ];
  const view: RequestClockView = {
    weekLabel: clock.weekLabel,
    state: clock.state,
    exceptionCase: clock.exceptionCase,
    milestones: clock.milestones.map((m) => ({
      milestone: m.milestone,
      label: m.label,
      regulation: m.regulation,
      statutoryDeadline: m.statutoryDeadline,
      localTarget: m.localTarget,
      dueOn: m.dueOn,
      completedOn: m.completedOn,
      status: m.status,
      daysLeft: m.daysLeft,
      daysOverdue: m.daysOverdue,
      exceptionCase: m.exceptionCase,
      agency: m.agency ?? null,
    })),
    rejectedExceptions: rejected.map(({ kind, regulation, reason }) => ({ kind, regulation, reason })),
    warnings: clock.warnings.map((w) => w.message),
  };
  return { view, notAllowed: new Map(rejected.map((r) => [r.id, r.reason])) };
}
