import type { AdviceKind } from '@convene/domain';
import type { NotificationKind } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** An advice with a team, not returned, due soon or overdue, and not yet reminded of. */
export interface AdviceToRemind {
  id: string;
  advice_kind: AdviceKind;
  case_reference: string;
  team_id: string;
  team_name: string;
  due_on: string;
  overdue: boolean;
}

export interface ReviewToRemind {
  id: string;
  case_reference: string;
  family_link_officer_id: string;
  due_on: string;
  overdue: boolean;
}

export interface DeadlineToRemind {
  request_id: string;
  stage: string;
  case_reference: string;
  family_link_officer_id: string;
  deadline: string;
  due_on: string;
}

export interface DigestWaiting {
  user_id: string;
  email: string;
  digest_time: string;
}

/** What the notification timers look for: what falls due, and whose digest waits. Each is reminded of once. */
export class NotificationTimersRepository {
  constructor(private readonly db: Queryable) {}

  /** Takes this tick for this node, till its transaction ends; false while another node has it. */
  async takeTick(): Promise<boolean> {
    const [row] = await this.db.query<{ taken: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(hashtext('convene:notification-timers')) AS taken`,
    );
    return row!.taken;
  }

  // reg 8(1): advice is due 6 weeks from the day it was asked for.
  async adviceToRemind(today: string, soonDays: number): Promise<AdviceToRemind[]> {
    return this.db.query<AdviceToRemind[]>(
      `SELECT a.id, a.advice_kind, c.case_reference, g.id AS team_id, g.name AS team_name,
              to_char(a.requested_on + 42, 'YYYY-MM-DD') AS due_on, a.requested_on + 42 < $1::date AS overdue
         FROM advice_requests a
         JOIN agencies g ON g.id = a.agency_id
         JOIN ehc_requests r ON r.id = a.request_id
         JOIN children c ON c.id = r.child_id
        WHERE a.status = 'with_team' AND a.requested_on + 42 <= $1::date + $2::int
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.cause_key =
                CASE WHEN a.requested_on + 42 < $1::date THEN 'advice-overdue:' ELSE 'advice-due-soon:' END || a.id)`,
      [today, soonDays],
    );
  }

  /** Open actions due tomorrow, and those overdue, whose owners have not been told of it yet. */
  async actionsToRemind(today: string): Promise<{ id: string; overdue: boolean }[]> {
    return this.db.query<{ id: string; overdue: boolean }[]>(
      `SELECT a.id, a.due_on < $1::date AS overdue
         FROM actions a
        WHERE a.status = 'open' AND (a.due_on < $1::date OR a.due_on = $1::date + 1)
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.cause_key =
                CASE WHEN a.due_on < $1::date THEN 'action-overdue:' ELSE 'action-due-tomorrow:' END || a.id)
        ORDER BY a.due_on LIMIT 5000`,
      [today],
    );
  }

  async reviewsToRemind(today: string, soonDays: number): Promise<ReviewToRemind[]> {
    return this.db.query<ReviewToRemind[]>(
      `SELECT ar.id, c.case_reference, c.family_link_officer_id, to_char(ar.due_on, 'YYYY-MM-DD') AS due_on,
              ar.due_on < $1::date AS overdue
         FROM annual_reviews ar JOIN children c ON c.id = ar.child_id
        WHERE ar.review_meeting_on IS NULL AND ar.due_on <= $1::date + $2::int
          AND c.family_link_officer_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.cause_key =
                CASE WHEN ar.due_on < $1::date THEN 'review-overdue:' ELSE 'review-due-soon:' END || ar.id)`,
      [today, soonDays],
    );
  }

  /** Open requests whose statutory deadline at their stage falls in the 7 days from `today`. */
  async deadlinesThisWeek(
    today: string,
    deadlines: readonly { stage: string; weeks: number; deadline: string }[],
  ): Promise<DeadlineToRemind[]> {
    return this.db.query<DeadlineToRemind[]>(
      `SELECT r.id AS request_id, r.stage, c.case_reference, c.family_link_officer_id, d.deadline,
              to_char(r.received_on + d.weeks * 7, 'YYYY-MM-DD') AS due_on
         FROM ehc_requests r
         JOIN unnest($2::text[], $3::int[], $4::text[]) AS d(stage, weeks, deadline) ON d.stage = r.stage
         JOIN children c ON c.id = r.child_id
        WHERE c.family_link_officer_id IS NOT NULL
          AND r.received_on + d.weeks * 7 BETWEEN $1::date AND $1::date + 6
          AND NOT EXISTS (SELECT 1 FROM notifications n
                           WHERE n.cause_key = 'deadline:' || r.id || ':' || r.stage)`,
      [today, deadlines.map((d) => d.stage), deadlines.map((d) => d.weeks), deadlines.map((d) => d.deadline)],
    );
  }

  /** Active people with notifications waiting for a digest, who have not had one on `today`. */
  async digestsWaiting(today: string, defaultTime: string): Promise<DigestWaiting[]> {
    return this.db.query<DigestWaiting[]>(
      `SELECT u.id AS user_id, u.email, coalesce(d.digest_time, $2) AS digest_time
         FROM users u LEFT JOIN notification_digests d ON d.user_id = u.id
        WHERE u.active AND (d.last_sent_on IS NULL OR d.last_sent_on < $1::date)
          AND EXISTS (SELECT 1 FROM notifications n
                       WHERE n.recipient_id = u.id AND n.delivery = 'digest' AND n.digested_in IS NULL)`,
      [today, defaultTime],
    );
  }

  /** The notifications waiting for someone's digest, oldest first. */
  async waitingForDigest(userId: string): Promise<{ id: string; kind: NotificationKind; title: string }[]> {
    return this.db.query(
      `SELECT id, kind, title FROM notifications
        WHERE recipient_id = $1 AND delivery = 'digest' AND digested_in IS NULL ORDER BY created_at, id`,
      [userId],
    );
  }

  async markDigested(notificationIds: readonly string[], messageId: string): Promise<void> {
    await this.db.query(`UPDATE notifications SET digested_in = $2 WHERE id = ANY($1::uuid[])`, [
      notificationIds,
      messageId,
    ]);
  }

  async noteDigestSent(userId: string, day: string, defaultTime: string): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_digests (user_id, digest_time, last_sent_on) VALUES ($1, $3, $2)
       ON CONFLICT (user_id) DO UPDATE SET last_sent_on = EXCLUDED.last_sent_on`,
      [userId, day, defaultTime],
    );
  }
}
