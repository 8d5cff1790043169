import type {
  ActionOwnersView,
  ActionsFromLastTimeView,
  ActionView,
  AddCaseAction,
  CloseAction,
  MyActionsView,
} from '@convene/contracts';
import type { GatewaySlug } from './advice-gateways';
import { getJson, postJson } from './http';

export type { ActionOwnersView, ActionsFromLastTimeView, ActionView, MyActionsView };

export const listMyActions = () => getJson<MyActionsView>('/api/actions/mine');
export const listTeamActions = (teamId: string) =>
  getJson<MyActionsView>(`/api/teams/${encodeURIComponent(teamId)}/actions`);
export const listCaseActions = (childId: string) =>
  getJson<ActionView[]>(`/api/cases/${encodeURIComponent(childId)}/actions`);
export const addCaseAction = (childId: string, body: AddCaseAction) =>
  postJson<ActionView>(`/api/cases/${encodeURIComponent(childId)}/actions`, body);
export const closeAction = (actionId: string, body: CloseAction) =>
  postJson<ActionView>(`/api/actions/${encodeURIComponent(actionId)}/close`, body);
export const listActionOwners = () => getJson<ActionOwnersView>('/api/actions/owners');
export const listActionsFromLastTime = (meetingId: string) =>
  getJson<ActionsFromLastTimeView>(`/api/meetings/${encodeURIComponent(meetingId)}/actions-from-last-time`);
/** An action agreed on a request for advice, in the gateway that tracks it. */
export const addAdviceAction = (gateway: GatewaySlug, adviceId: string, body: AddCaseAction) =>
  postJson<ActionView>(`/api/${gateway}/advice/${encodeURIComponent(adviceId)}/actions`, body);
export const addSampledPlanAction = (sampleId: string, requestId: string, body: AddCaseAction) =>
  postJson<ActionView>(
    `/api/quality/dip-samples/${encodeURIComponent(sampleId)}/plans/${encodeURIComponent(requestId)}/actions`,
    body,
  );
