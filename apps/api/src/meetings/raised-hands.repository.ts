import type { Queryable } from '../database/prepared-statement.repository.js';

/** A hand up in a meeting, waiting for the chair to give the floor. */
export interface RaisedHandRow {
  user_id: string;
  raised_at: Date;
}

/** The queue of raised hands in a meeting: first raised, first taken. The meeting's events keep its history. */
export class RaisedHandsRepository {
  constructor(private readonly db: Queryable) {}

  inMeeting(meetingId: string): Promise<RaisedHandRow[]> {
    return this.db.query(
      `SELECT user_id, raised_at FROM raised_hands WHERE meeting_id = $1 ORDER BY raised_at, user_id`,
      [meetingId],
    );
  }

  /** When the hand went up; undefined when it was up already. */
  async raise(meetingId: string, userId: string): Promise<Date | undefined> {
    const rows = await this.db.query<{ raised_at: Date }[]>(
      `INSERT INTO raised_hands (meeting_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING raised_at`,
      [meetingId, userId],
    );
    return rows[0]?.raised_at;
  }

  /** Whether the hand was up. */
  async lower(meetingId: string, userId: string): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, affected count].
    const [, affected] = await this.db.query<[unknown[], number]>(
      `DELETE FROM raised_hands WHERE meeting_id = $1 AND user_id = $2`,
      [meetingId, userId],
    );
    return affected > 0;
  }

  /** Every hand down: the meeting has ended. */
  async clear(meetingId: string): Promise<void> {
    await this.db.query(`DELETE FROM raised_hands WHERE meeting_id = $1`, [meetingId]);
  }
}
