import type { ThresholdCriterionView } from '@convene/contracts';
import type { AgendaItemKind } from '@convene/domain';
import { getJson, patchJson, postJson } from './http';

export const listThresholdCriteria = () => getJson<ThresholdCriterionView[]>('/api/threshold-criteria');
export const addThresholdCriterion = (body: { itemKind: AgendaItemKind; text: string }) =>
  postJson<ThresholdCriterionView>('/api/admin/threshold-criteria', body);
export const changeThresholdCriterion = (criterionId: string, body: { text?: string; active?: boolean }) =>
  patchJson<ThresholdCriterionView>(`/api/admin/threshold-criteria/${encodeURIComponent(criterionId)}`, body);
