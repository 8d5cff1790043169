import type { DisagreementDocumentKind, EvidenceKind, PanelEvidenceKind } from '@convene/domain';
import type { PersonRef } from './cases.js';

/**
 * Evidence documents in a child's case:
 * - `GET  /api/cases/:childId/evidence`       the case's evidence, newest first (never the file itself)
 * - `POST /api/cases/:childId/evidence`       multipart: field `file` and the fields of `UploadEvidenceRequest`
 * - `GET  /api/evidence/:evidenceId/content`  the file, with the type read from its content (each read audited)
 * - `POST /api/cases/:childId/disagreements/:disagreementId/documents`  multipart: a family's letter or a
 *   Tribunal's paper filed on its disagreement (`UploadDisagreementDocumentRequest`); listed on the disagreement
 */

/** The largest file a document may be: 20 MiB. A larger one is refused with 413 `payload_too_large`. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/**
 * The file types evidence may be, as read from the file's content (never its name or the browser's claim).
 * PDFs and images open in the browser's viewer; Word documents are downloaded.
 */
export const EVIDENCE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'image/webp',
] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** For a file input's `accept`: the extensions of EVIDENCE_MEDIA_TYPES. */
export const EVIDENCE_FILE_EXTENSIONS = ['.pdf', '.docx', '.png', '.jpg', '.jpeg', '.webp'] as const;

/** The `code` of a refused upload whose content is none of EVIDENCE_MEDIA_TYPES (status 415). */
export const UNSUPPORTED_FILE_TYPE = 'unsupported_file_type';

/** The form fields sent with the file. */
export interface UploadEvidenceRequest {
  kind: PanelEvidenceKind;
  /** 1 to 200 characters. */
  title: string;
  /** The request for assessment it belongs to, one of this child's. */
  requestId?: string;
}

/** The form fields sent with a document filed on a disagreement. */
export interface UploadDisagreementDocumentRequest {
  kind: DisagreementDocumentKind;
  /** 1 to 200 characters. */
  title: string;
}

/** One document as the case page lists it. */
export interface EvidenceItemSummary {
  id: string;
  childId: string;
  requestId: string | null;
  /** The complaint, mediation or appeal it is filed on; null for the evidence a panel weighs. */
  disagreementId: string | null;
  kind: EvidenceKind;
  title: string;
  /** As uploaded, without any folder path or control characters; shown, never trusted for the type. */
  fileName: string;
  /** Detected from the content. */
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  /** Hex SHA-256 of the content, to show that a downloaded copy is the one uploaded. */
  sha256: string;
  uploadedAt: string;
  uploadedBy: PersonRef;
  /** Sent by the child's family themselves (their views, or the child's own): who, in the family's words ("mum"). */
  sentByFamily: { relationship: string } | null;
}
