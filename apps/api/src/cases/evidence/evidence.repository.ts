import type { Queryable } from '../../database/prepared-statement.repository.js';
import type { EvidenceItemRow } from './evidence-item.mapper.js';

// Every column the list shows; never `content`, which may be 20 MB a row.
const SUMMARY_COLUMNS = `e.id, e.child_id, e.request_id, e.disagreement_id, e.kind, e.title, e.file_name, e.media_type, e.size_bytes, e.sha256, e.uploaded_at,
                         u.id AS uploader_id, u.display_name AS uploader_name,
                         (SELECT l.relationship FROM family_links l WHERE l.user_id = e.uploaded_by AND l.child_id = e.child_id
                           ORDER BY l.added_at DESC LIMIT 1) AS family_relationship`;

/** A document as it is stored. */
export interface NewEvidenceItem {
  childId: string;
  requestId: string | null;
  disagreementId: string | null;
  kind: EvidenceItemRow['kind'];
  title: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string;
}

/** The documents in children's cases. */
export class EvidenceRepository {
  constructor(private readonly db: Queryable) {}

  /** The evidence a panel weighs in the child's case, newest first, without the files; not a disagreement's papers. */
  ofChild(childId: string): Promise<EvidenceItemRow[]> {
    return this.db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM evidence_items e JOIN users u ON u.id = e.uploaded_by
        WHERE e.child_id = $1 AND e.disagreement_id IS NULL ORDER BY e.uploaded_at DESC, e.id`,
      [childId],
    );
  }

  /** The papers filed on a disagreement, newest first, without the files. */
  ofDisagreement(disagreementId: string): Promise<EvidenceItemRow[]> {
    return this.db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM evidence_items e JOIN users u ON u.id = e.uploaded_by
        WHERE e.disagreement_id = $1 ORDER BY e.uploaded_at DESC, e.id`,
      [disagreementId],
    );
  }

  /** Its id and when it was stored. */
  async store(item: NewEvidenceItem): Promise<{ id: string; uploaded_at: Date }> {
    const [row] = await this.db.query<{ id: string; uploaded_at: Date }[]>(
      `INSERT INTO evidence_items (child_id, request_id, disagreement_id, kind, title, file_name, media_type, size_bytes, sha256, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, uploaded_at`,
      [
        item.childId,
        item.requestId,
        item.disagreementId,
        item.kind,
        item.title,
        item.fileName,
        item.mediaType,
        item.sizeBytes,
        item.sha256,
        item.content,
        item.uploadedBy,
      ],
    );
    return row!;
  }

  /** Whose case the document is in, and the disagreement it is filed on if any. */
  async placeOf(
    evidenceId: string,
  ): Promise<{ child_id: string; disagreement_id: string | null } | undefined> {
    const [item] = await this.db.query<{ child_id: string; disagreement_id: string | null }[]>(
      `SELECT child_id, disagreement_id FROM evidence_items WHERE id = $1`,
      [evidenceId],
    );
    return item;
  }

  async file(evidenceId: string): Promise<{ file_name: string; media_type: string; content: Buffer }> {
    const [file] = await this.db.query<{ file_name: string; media_type: string; content: Buffer }[]>(
      `SELECT file_name, media_type, content FROM evidence_items WHERE id = $1`,
      [evidenceId],
    );
    return file!;
  }
}
