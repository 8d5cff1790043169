import type {
  DisagreementView,
  EvidenceItemSummary,
  OpenDisagreement,
  RecordDisagreementStep,
  UploadDisagreementDocumentRequest,
} from '@convene/contracts';
import { getJson, postForm, postJson } from './http';

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

/** Files a family's letter or a Tribunal paper on the disagreement; the server reads its type from the content. */
export function uploadDisagreementDocument(
  childId: string,
  disagreementId: string,
  form: { file: File } & UploadDisagreementDocumentRequest,
): Promise<EvidenceItemSummary> {
  const body = new FormData();
  body.set('file', form.file);
  body.set('kind', form.kind);
  body.set('title', form.title);
  return postForm<EvidenceItemSummary>(
    `${base(childId)}/${encodeURIComponent(disagreementId)}/documents`,
    body,
  );
}
