import type { RequestClockView } from '@convene/contracts';
import { readRecordedException, statutoryClock, type ClockEvent } from '@convene/domain';
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
): { events: ClockEvent[]; unreadable: RequestClockView['rejectedExceptions'] } {
  const events: ClockEvent[] = [{ type: 'request_received', on: request.received_on }];
  const unreadable: RequestClockView['rejectedExceptions'] = [];
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
    else unreadable.push({ kind: row.kind, regulation: row.regulation, reason: reading.reason });
  }
  return { events, unreadable };
}

/** Every milestone of the request's path on `today`, for the case page. */
export function requestClockView(
  request: Pick<EhcRequestRow, 'id' | 'received_on'>,
  rows: RequestRows,
  today: string,
): RequestClockView {
  const { events, unreadable } = clockEventsFor(request, rows);
  const clock = statutoryClock(events, today);
  return {
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
    rejectedExceptions: [
      ...clock.rejectedExceptions.map((r) => ({
        kind: r.exception.kind,
        regulation: r.exception.regulation,
        reason: r.reason,
      })),
      ...unreadable,
    ],
    warnings: clock.warnings.map((w) => w.message),
  };
}
