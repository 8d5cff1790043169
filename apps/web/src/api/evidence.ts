import type { EvidenceItemSummary } from '@convene/contracts';
import { getJson, postForm } from './http';

export const listEvidence = (childId: string) =>
  getJson<EvidenceItemSummary[]>(`/api/cases/${encodeURIComponent(childId)}/evidence`);
export const evidenceContentUrl = (evidenceId: string) =>
  `/api/evidence/${encodeURIComponent(evidenceId)}/content`;

/** Uploads one document; the server checks its type from the content and answers with the new item. */
export function uploadEvidence(
  childId: string,
  form: { file: File; kind: string; title: string; requestId?: string },
): Promise<EvidenceItemSummary> {
  const body = new FormData();
  body.set('file', form.file);
  body.set('kind', form.kind);
  body.set('title', form.title);
  if (form.requestId) body.set('requestId', form.requestId);
  return postForm<EvidenceItemSummary>(`/api/cases/${encodeURIComponent(childId)}/evidence`, body);
}
