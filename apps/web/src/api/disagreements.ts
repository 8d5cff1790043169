import type { DisagreementView, OpenDisagreement, RecordDisagreementStep } from '@convene/contracts';
import { getJson, postJson } from './http';

export type { DisagreementView };

const base = (childId: string) => `/api/cases/${encodeURIComponent(childId)}/disagreements`;

export const listDisagreements = (childId: string) => getJson<DisagreementView[]>(base(childId));
export const openDisagreement = (childId: string, body: OpenDisagreement) =>
  postJson<DisagreementView>(base(childId), body);
export const recordDisagreementStep = (
  childId: string,
  disagreementId: string,
  body: RecordDisagreementStep,
) => postJson<DisagreementView>(`${base(childId)}/${encodeURIComponent(disagreementId)}/steps`, body);
