import type { DraftPlanComments, SentDraftComments } from '@convene/contracts';
import type { FamilyMemberKind } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

interface SentRow {
  id: string;
  comments: string;
  preferred_school: string | null;
  sent_at: Date;
}

const toSent = (row: SentRow): SentDraftComments => ({
  id: row.id,
  comments: row.comments,
  preferredSchool: row.preferred_school,
  sentAt: row.sent_at.toISOString(),
});

/** Families' comments on draft plans and the schools they named: appended, never changed. */
export class DraftPlanCommentsRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores what the person sent through their live link to the child; undefined if they have none now. */
  async add(sent: {
    requestId: string;
    childId: string;
    userId: string;
    comments: string;
    preferredSchool: string | null;
  }): Promise<SentDraftComments | undefined> {
    const [row] = await this.db.query<SentRow[]>(
      `INSERT INTO draft_plan_comments (request_id, child_id, family_link_id, user_id, comments, preferred_school)
       SELECT $1, l.child_id, l.id, l.user_id, $4, $5 FROM family_links l
        WHERE l.child_id = $2 AND l.user_id = $3 AND l.removed_at IS NULL
       RETURNING id, comments, preferred_school, sent_at`,
      [sent.requestId, sent.childId, sent.userId, sent.comments, sent.preferredSchool],
    );
    return row && toSent(row);
  }

  /** What this person sent about the request's draft, oldest first. */
  async sentBy(requestId: string, userId: string): Promise<SentDraftComments[]> {
    const rows = await this.db.query<SentRow[]>(
      `SELECT id, comments, preferred_school, sent_at FROM draft_plan_comments
        WHERE request_id = $1 AND user_id = $2 ORDER BY sent_at, id`,
      [requestId, userId],
    );
    return rows.map(toSent);
  }

  /** Every comment the child's family sent on any draft, newest first, with who sent it. */
  async ofChild(childId: string): Promise<DraftPlanComments[]> {
    const rows = await this.db.query<
      (SentRow & { request_id: string; name: string; relationship: string; kind: FamilyMemberKind })[]
    >(
      `SELECT d.id, d.request_id, d.comments, d.preferred_school, d.sent_at,
              u.display_name AS name, l.relationship, l.kind
         FROM draft_plan_comments d
         JOIN family_links l ON l.id = d.family_link_id
         JOIN users u ON u.id = d.user_id
        WHERE d.child_id = $1
        ORDER BY d.sent_at DESC, d.id`,
      [childId],
    );
    return rows.map((row) => ({
      ...toSent(row),
      requestId: row.request_id,
      sentBy: { name: row.name, relationship: row.relationship, kind: row.kind },
    }));
  }
}
