import type {
  DecidedUnderDelegationView,
  DelegatedDecisionView,
  DelegationRuleView,
} from '@convene/contracts';
import type { DelegableKind, DelegateRole } from '@convene/domain';
import { getJson, patchJson, postJson } from './http';

export const getDelegationScheme = () => getJson<DelegationRuleView[]>('/api/delegation-scheme');
export const addDelegationRule = (body: {
  kind: DelegableKind;
  role: DelegateRole;
  maxAmountPence?: number;
}) => postJson<DelegationRuleView>('/api/admin/delegation-scheme', body);
export const changeDelegationRule = (
  ruleId: string,
  body: { maxAmountPence?: number | null; active?: boolean },
) => patchJson<DelegationRuleView>(`/api/admin/delegation-scheme/${encodeURIComponent(ruleId)}`, body);

export interface DecideUnderDelegation {
  kind: DelegableKind;
  requestId?: string;
  panelRequestId?: string;
  outcome: string;
  reasons: string;
  recommendations?: string;
  amountPence?: number;
}
export const listDelegatedDecisions = (childId: string) =>
  getJson<DelegatedDecisionView[]>(`/api/cases/${encodeURIComponent(childId)}/delegated-decisions`);
export const decideUnderDelegation = (childId: string, body: DecideUnderDelegation) =>
  postJson<DelegatedDecisionView>(`/api/cases/${encodeURIComponent(childId)}/delegated-decisions`, body);
export const decidedUnderDelegation = (meetingId: string) =>
  getJson<DecidedUnderDelegationView>(
    `/api/meetings/${encodeURIComponent(meetingId)}/decided-under-delegation`,
  );
