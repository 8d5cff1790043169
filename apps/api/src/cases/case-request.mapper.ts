import type {
  AdviceRequestView,
  CaseRequestDetail,
  RequestStep,
  StatutoryExceptionView,
} from '@convene/contracts';
import { adviceDeadline, clockBadge } from '@convene/domain';
import type { EhcRequestRow, RequestRows } from './ehc-requests.repository.js';
import { requestClockView } from './request-clock.js';

export type { RequestRows } from './ehc-requests.repository.js';

export function toCaseRequestDetail(
  request: EhcRequestRow,
  rows: RequestRows,
  today: string,
): CaseRequestDetail {
  const steps: RequestStep[] = rows.steps
    .filter((s) => s.request_id === request.id)
    .map((s) => ({
      stage: s.stage,
      occurredOn: s.occurred_on,
      recordedBy: s.user_id ? { id: s.user_id, displayName: s.display_name } : null,
      recordedAt: new Date(s.recorded_at).toISOString(),
      note: s.note,
    }));
  const clock = requestClockView(request, rows, today);
  const exceptions: StatutoryExceptionView[] = rows.exceptions
    .filter((x) => x.request_id === request.id)
    .map((x) => ({
      id: x.id,
      regulation: x.regulation,
      kind: x.kind,
      startsOn: x.starts_on,
      endsOn: x.ends_on,
      adviceAskedOn: x.advice_asked_on,
      adviceRequestId: x.advice_request_id,
      note: x.note,
      notAllowedBecause: clock.notAllowed.get(x.id) ?? null,
    }));
  const adviceRequests: AdviceRequestView[] = rows.advice
    .filter((a) => a.request_id === request.id)
    .map((a) => ({
      id: a.id,
      adviceKind: a.advice_kind,
      agency: a.agency_id ? { id: a.agency_id, name: a.agency_name! } : null,
      requestedOn: a.requested_on,
      dueOn: adviceDeadline(a.requested_on),
      returnedOn: a.returned_on,
      status: a.status,
    }));
  return {
    id: request.id,
    stage: request.stage,
    receivedOn: request.received_on,
    source: request.source,
    decisionToAssessOn: request.decision_to_assess_on,
    decisionToIssueOn: request.decision_to_issue_on,
    draftIssuedOn: request.draft_issued_on,
    finalIssuedOn: request.final_issued_on,
    closedOn: request.closed_on,
    steps,
    exceptions,
    adviceRequests,
    clock: clockBadge(request.stage, request.received_on, today),
    statutoryClock: clock.view,
  };
}
