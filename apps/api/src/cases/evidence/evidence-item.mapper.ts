import type { EvidenceItemSummary } from '@convene/contracts';

/** One row of the evidence list query: every column but `content`, with the uploader's name. */
export interface EvidenceItemRow {
  id: string;
  child_id: string;
  request_id: string | null;
  disagreement_id: string | null;
  kind: EvidenceItemSummary['kind'];
  title: string;
  file_name: string;
  media_type: EvidenceItemSummary['mediaType'];
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
  uploader_id: string;
  uploader_name: string;
  /** The uploader's relationship to the child when a family member sent it; null for staff. */
  family_relationship: string | null;
}

export function toEvidenceItemSummary(row: EvidenceItemRow): EvidenceItemSummary {
  return {
    id: row.id,
    childId: row.child_id,
    requestId: row.request_id,
    disagreementId: row.disagreement_id,
    kind: row.kind,
    title: row.title,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    uploadedBy: { id: row.uploader_id, displayName: row.uploader_name },
    sentByFamily: row.family_relationship === null ? null : { relationship: row.family_relationship },
  };
}
