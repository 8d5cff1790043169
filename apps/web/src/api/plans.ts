import type { DraftPlanComments, EhcPlanInFull, RedactedEhcPlan } from '@convene/contracts';
import { GATEWAY_COORDINATOR_ROLES, GATEWAY_TEAM_REP_ROLES, type Role } from '@convene/domain';
import { getJson } from './http';

/** Who may read an issued plan in full, with names: the roles that see a child's name on the case. The API checks again. */
export const PLAN_IN_FULL_READERS: Role[] = [
  'admin',
  'chair',
  'presenter',
  ...GATEWAY_COORDINATOR_ROLES,
  ...GATEWAY_TEAM_REP_ROLES,
];

/** A plan in a dip sample, redacted and pseudonymous. */
export const getSampledPlan = (sampleId: string, requestId: string) =>
  getJson<RedactedEhcPlan>(
    `/api/quality/dip-samples/${encodeURIComponent(sampleId)}/plans/${encodeURIComponent(requestId)}`,
  );

/** The plan behind a dip-sample item of a meeting you are invited to, redacted and pseudonymous. */
export const getAgendaItemPlan = (meetingId: string, itemId: string) =>
  getJson<RedactedEhcPlan>(
    `/api/meetings/${encodeURIComponent(meetingId)}/items/${encodeURIComponent(itemId)}/plan`,
  );

/** The plan issued for a request, in full. */
export const getPlanInFull = (requestId: string) =>
  getJson<EhcPlanInFull>(`/api/requests/${encodeURIComponent(requestId)}/plan`);

/** What the child's family said about their draft plans, newest first: for the roles that read the plan in full. */
export const getDraftPlanComments = (childId: string) =>
  getJson<DraftPlanComments[]>(`/api/cases/${encodeURIComponent(childId)}/draft-plan-comments`);
