import type { EvidenceItemSummary } from '@convene/contracts';
import { ApiError, getJson } from './http';

export const listEvidence = (childId: string) => getJson<EvidenceItemSummary[]>(`/api/cases/${encodeURIComponent(childId)}/evidence`);
export const evidenceContentUrl = (evidenceId: string) => `/api/evidence/${encodeURIComponent(evidenceId)}/content`;

/** Uploads one document; the server checks its type from the content and answers with the new item. */
export async function uploadEvidence(childId: string, form: { file: File; kind: string; title: string; requestId?: string }): Promise<EvidenceItemSummary> {
  const body = new FormData();
  body.set('file', form.file);
  body.set('kind', form.kind);
  body.set('title', form.title);
  if (form.requestId) body.set('requestId', form.requestId);
  const response = await fetch(`/api/cases/${encodeURIComponent(childId)}/evidence`, { method: 'POST', body, credentials: 'same-origin' });
  const parsed = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    throw new ApiError({
      statusCode: response.status,
      code: String(parsed?.code ?? 'unexpected_response'),
      message: String(parsed?.message ?? `The server answered ${response.status}.`),
      fields: parsed?.fields as never,
    });
  }
  return parsed as unknown as EvidenceItemSummary;
}
