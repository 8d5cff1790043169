import type { NotificationDelivery, NotificationKind } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** Each person's choices of how to hear of each kind, and their digest time. */
export class NotificationPreferencesRepository {
  constructor(private readonly db: Queryable) {}

  async chosen(userId: string): Promise<Map<NotificationKind, NotificationDelivery>> {
    const rows = await this.db.query<{ kind: NotificationKind; delivery: NotificationDelivery }[]>(
      `SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, r.delivery]));
  }

  async digestTime(userId: string): Promise<string | null> {
    const [row] = await this.db.query<{ digest_time: string }[]>(
      `SELECT digest_time FROM notification_digests WHERE user_id = $1`,
      [userId],
    );
    return row?.digest_time ?? null;
  }

  async choose(
    userId: string,
    choices: readonly { kind: NotificationKind; delivery: NotificationDelivery }[],
  ) {
    if (choices.length === 0) return;
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, kind, delivery)
       SELECT $1, * FROM unnest($2::text[], $3::text[])
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
      [userId, choices.map((c) => c.kind), choices.map((c) => c.delivery)],
    );
  }

  async setDigestTime(userId: string, digestTime: string): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_digests (user_id, digest_time) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET digest_time = EXCLUDED.digest_time`,
      [userId, digestTime],
    );
  }
}
