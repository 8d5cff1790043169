import type { FamilyViewsKind } from '@convene/domain';
import { FAMILY_VIEWS_KINDS } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A family account's live link to one child, as the family's say needs it. */
export interface FamilySayLink {
  relationship: string;
  contactRestricted: boolean;
}

/** One file a family member sent, with whether the viewer sent it. */
export interface FamilyViewsRow {
  id: string;
  kind: FamilyViewsKind;
  file_name: string;
  size_bytes: number;
  uploaded_at: Date;
  yours: boolean;
  relationship: string;
}

/** The family's links and the views they sent: what the family's say reads of the family's side of a case. */
export class FamilySayLinksRepository {
  constructor(private readonly db: Queryable) {}

  /** The account's live link to the child, or undefined for a child it does not cover now (or no child at all). */
  async liveLink(userId: string, childId: string): Promise<FamilySayLink | undefined> {
    const [row] = await this.db.query<{ relationship: string; contact_restricted: boolean }[]>(
      `SELECT relationship, contact_restricted FROM family_links
        WHERE user_id = $1 AND child_id = $2 AND removed_at IS NULL`,
      [userId, childId],
    );
    return row ? { relationship: row.relationship, contactRestricted: row.contact_restricted } : undefined;
  }

  /**
   * The views the child's family sent, newest first: the viewer's own, and other family members' unless the viewer's
   * link or the sender's (any of theirs for this child) is contact-restricted. Staff uploads of the same kinds are
   * the council's, not the family's, and are not listed.
   */
  sentFor(childId: string, viewerId: string, viewerRestricted: boolean): Promise<FamilyViewsRow[]> {
    return this.db.query<FamilyViewsRow[]>(
      `SELECT e.id, e.kind, e.file_name, e.size_bytes, e.uploaded_at, e.uploaded_by = $2 AS yours,
              sender.relationship
         FROM evidence_items e
         JOIN LATERAL (SELECT l.relationship, bool_or(l.contact_restricted) OVER () AS restricted
                         FROM family_links l WHERE l.user_id = e.uploaded_by AND l.child_id = e.child_id
                        ORDER BY l.added_at DESC LIMIT 1) sender ON true
        WHERE e.child_id = $1 AND e.disagreement_id IS NULL AND e.kind = ANY($4::text[])
          AND (e.uploaded_by = $2 OR (NOT $3::boolean AND NOT sender.restricted))
        ORDER BY e.uploaded_at DESC, e.id`,
      [childId, viewerId, viewerRestricted, FAMILY_VIEWS_KINDS],
    );
  }
}
