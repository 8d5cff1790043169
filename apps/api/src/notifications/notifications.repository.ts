import type { NotificationView } from '@convene/contracts';
import type { NotificationDelivery, NotificationKind } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** Someone to tell, as they are now: only active users are ever found. */
export interface Recipient {
  id: string;
  email: string;
  /** Their choice for the kind, or null for the kind's default. */
  chosen: NotificationDelivery | null;
}

export interface NotificationToWrite {
  recipientId: string;
  kind: NotificationKind;
  causeKey: string;
  subjectRef: string | null;
  title: string;
  linkPath: string;
  delivery: NotificationDelivery;
}

interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  subject_ref: string | null;
  title: string;
  link_path: string;
  created_at: Date;
  read_at: Date | null;
}

const VIEW_COLUMNS = 'id, recipient_id, kind, subject_ref, title, link_path, created_at, read_at';

const toNotificationView = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  subjectRef: row.subject_ref,
  linkPath: row.link_path,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

/** Notifications, their recipients' choices for them, and who has read what. */
export class NotificationsRepository {
  constructor(private readonly db: Queryable) {}

  /** The active users among `userIds`, each with their choice for `kind`. */
  async recipients(kind: NotificationKind, userIds: readonly string[]): Promise<Recipient[]> {
    return this.db.query<Recipient[]>(
      `SELECT u.id, u.email, p.delivery AS chosen
         FROM users u
         LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $1
        WHERE u.id = ANY($2::uuid[]) AND u.active`,
      [kind, [...new Set(userIds)]],
    );
  }

  /** Writes each once per cause and person: those already written for the cause are left out of the answer. */
  async write(rows: readonly NotificationToWrite[]): Promise<(NotificationView & { recipientId: string })[]> {
    if (rows.length === 0) return [];
    const written = await this.db.query<NotificationRow[]>(
      `INSERT INTO notifications (recipient_id, kind, cause_key, subject_ref, title, link_path, delivery)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT ON CONSTRAINT notifications_once_per_cause DO NOTHING
       RETURNING ${VIEW_COLUMNS}`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.causeKey),
        rows.map((r) => r.subjectRef),
        rows.map((r) => r.title),
        rows.map((r) => r.linkPath),
        rows.map((r) => r.delivery),
      ],
    );
    return written.map((row) => ({ ...toNotificationView(row), recipientId: row.recipient_id }));
  }

  async unreadCounts(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ recipient_id: string; unread: number }[]>(
      `SELECT recipient_id, count(*)::int AS unread FROM notifications
        WHERE recipient_id = ANY($1::uuid[]) AND read_at IS NULL GROUP BY recipient_id`,
      [[...new Set(userIds)]],
    );
    return new Map(rows.map((r) => [r.recipient_id, r.unread]));
  }

  /** A person's newest notifications first. */
  async newestOf(userId: string, limit: number): Promise<NotificationView[]> {
    const rows = await this.db.query<NotificationRow[]>(
      `SELECT ${VIEW_COLUMNS} FROM notifications WHERE recipient_id = $1
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map(toNotificationView);
  }

  /** Marks read those of `ids` (all, when null) that are the person's and unread; answers how many. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    // An UPDATE answers [rows, count].
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE notifications SET read_at = now()
        WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        RETURNING id`,
      [userId, ids],
    );
    return rows.length;
  }

  /**
   * Tells every API node listening on `channel` (PostgreSQL NOTIFY): sent by PostgreSQL only when the caller's
   * transaction commits, and never if it rolls back.
   */
  async announce(channel: string, messages: readonly string[]): Promise<void> {
    if (messages.length === 0) return;
    await this.db.query(`SELECT pg_notify($1, message) FROM unnest($2::text[]) AS message`, [
      channel,
      messages,
    ]);
  }

  /**
   * Starts hearing what is announced on `channel` on this connection (a dedicated one: LISTEN lasts as long as the
   * connection). The name is one of ours, never a caller's input, as LISTEN takes no parameters.
   */
  async listen(channel: string): Promise<void> {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    await this.db.query(`LISTEN ${channel}`);
  }
}
