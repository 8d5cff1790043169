import type { Queryable } from '../database/prepared-statement.repository.js';

/** Families' feedback on how the process went: written once, never changed. */
export class FamilyFeedbackRepository {
  constructor(private readonly db: Queryable) {}

  /** The new feedback, or undefined when this person already sent feedback about this child that day. */
  async add(feedback: {
    userId: string;
    childId: string;
    rating: number;
    wentWell: string | null;
    couldBeBetter: string | null;
    sentOn: string;
  }): Promise<{ id: string; sent_at: Date } | undefined> {
    const [row] = await this.db.query<{ id: string; sent_at: Date }[]>(
      `INSERT INTO family_feedback (user_id, child_id, rating, went_well, could_be_better, sent_on)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, child_id, sent_on) DO NOTHING RETURNING id, sent_at`,
      [
        feedback.userId,
        feedback.childId,
        feedback.rating,
        feedback.wentWell,
        feedback.couldBeBetter,
        feedback.sentOn,
      ],
    );
    return row;
  }

  /** How many feedbacks gave each rating, sent from one day to another (both counted). */
  ratingsBetween(from: string, to: string): Promise<{ rating: number; count: number }[]> {
    return this.db.query(
      `SELECT rating, count(*)::int AS count FROM family_feedback
        WHERE sent_on BETWEEN $1 AND $2 GROUP BY rating ORDER BY rating`,
      [from, to],
    );
  }
}
