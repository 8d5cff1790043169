import type { BouncingAddress, OutboundMessageKind, OutboundMessageView } from '@convene/contracts';
import type { Queryable } from '../database/prepared-statement.repository.js';

export interface MessageToQueue {
  notificationId: string | null;
  recipientId: string;
  kind: OutboundMessageKind;
  causeKey: string;
  address: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  ics: string | null;
  messageId: string;
}

/** A message a worker has claimed: its own until `claimed_until`. */
export interface ClaimedMessage {
  id: string;
  recipient_id: string;
  address: string;
  subject: string;
  body_text: string;
  body_html: string;
  ics: string | null;
  message_id: string;
  attempts: number;
}

interface OutboundRow {
  id: string;
  message_id: string;
  address: string;
  subject: string;
  body_text: string;
  kind: OutboundMessageKind;
  status: OutboundMessageView['status'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  next_attempt_at: Date | null;
}

/** A family's sign-in link is theirs alone: administrators see that it was sent, never the link. */
const SIGN_IN_LINK_WITHHELD = 'A one-time sign-in link for a family member (not shown: it is theirs alone).';

/** The email outbox: queued with the change that causes it, claimed by one worker at a time, and its results. */
export class OutboxRepository {
  constructor(private readonly db: Queryable) {}

  /** Queues each once per cause, recipient and channel: one already queued for the cause is left as it is. */
  /** Answers the ids of those queued now. */
  async queue(messages: readonly MessageToQueue[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const rows = await this.db.query<{ id: string }[]>(
      `INSERT INTO outbound_messages
         (notification_id, recipient_id, kind, cause_key, channel, address, subject, body_text, body_html, ics, message_id)
       SELECT n, r, k, c, 'email', a, s, t, h, i, m
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[]) AS q(n, r, k, c, a, s, t, h, i, m)
       ON CONFLICT ON CONSTRAINT outbound_messages_once_per_cause DO NOTHING
       RETURNING id`,
      [
        messages.map((m) => m.notificationId),
        messages.map((m) => m.recipientId),
        messages.map((m) => m.kind),
        messages.map((m) => m.causeKey),
        messages.map((m) => m.address),
        messages.map((m) => m.subject),
        messages.map((m) => m.bodyText),
        messages.map((m) => m.bodyHtml),
        messages.map((m) => m.ics),
        messages.map((m) => m.messageId),
      ],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Claims up to `limit` messages that are due: queued, failed and due again, or claimed by a worker whose claim
   * ran out (it died mid-send). SKIP LOCKED: two workers never claim one message; the claim commits at once.
   */
  async claimDue(limit: number, claimSeconds: number): Promise<ClaimedMessage[]> {
    // An UPDATE answers [rows, count].
    const [rows] = await this.db.query<[ClaimedMessage[], number]>(
      `UPDATE outbound_messages m
          SET status = 'sending', attempts = m.attempts + 1, claimed_until = now() + $2::int * interval '1 second'
        WHERE m.id IN (
          SELECT id FROM outbound_messages
           WHERE next_attempt_at <= now()
             AND (status IN ('queued', 'failed') OR (status = 'sending' AND claimed_until < now()))
           ORDER BY next_attempt_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m.recipient_id, m.address, m.subject, m.body_text, m.body_html, m.ics, m.message_id,
                  m.attempts`,
      [limit, claimSeconds],
    );
    return rows;
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(
      `UPDATE outbound_messages SET status = 'sent', sent_at = now(), claimed_until = NULL, last_error = NULL
        WHERE id = $1`,
      [id],
    );
  }

  async markFailed(id: string, error: string, retryInSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE outbound_messages
          SET status = 'failed', last_error = $2, claimed_until = NULL,
              next_attempt_at = now() + $3::int * interval '1 second'
        WHERE id = $1`,
      [id, error, retryInSeconds],
    );
  }

  async markGaveUp(id: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE outbound_messages SET status = 'gave_up', last_error = $2, claimed_until = NULL WHERE id = $1`,
      [id, error],
    );
  }

  /** Flags the address for the administrators, once; a later bounce keeps the first date and the latest reason. */
  async flagBouncing(userId: string, address: string, reason: string): Promise<void> {
    await this.db.query(
      `INSERT INTO bouncing_addresses (address, user_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (address) DO UPDATE SET reason = EXCLUDED.reason`,
      [address, userId, reason],
    );
  }

  /** The outbox, newest first, as the administrators' "messages sent" page shows it. */
  async newest(limit: number, offset: number): Promise<{ items: OutboundMessageView[]; total: number }> {
    const rows = await this.db.query<(OutboundRow & { total: number })[]>(
      `SELECT id, message_id, address, subject,
              CASE WHEN kind = 'family_sign_in_link' THEN $3 ELSE body_text END AS body_text,
              kind, status, attempts, last_error, created_at, sent_at,
              CASE WHEN status IN ('queued', 'failed') THEN next_attempt_at END AS next_attempt_at,
              count(*) OVER ()::int AS total
         FROM outbound_messages ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [limit, offset, SIGN_IN_LINK_WITHHELD],
    );
    return {
      total: rows[0]?.total ?? (await this.count()),
      items: rows.map((r) => ({
        id: r.id,
        messageId: r.message_id,
        to: r.address,
        subject: r.subject,
        text: r.body_text,
        kind: r.kind,
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at.toISOString(),
        sentAt: r.sent_at?.toISOString() ?? null,
        nextAttemptAt: r.next_attempt_at?.toISOString() ?? null,
      })),
    };
  }

  private async count(): Promise<number> {
    const [row] = await this.db.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM outbound_messages`,
    );
    return row?.total ?? 0;
  }

  /** Addresses that bounced for good and are still someone's address. */
  async bouncing(): Promise<BouncingAddress[]> {
    const rows = await this.db.query<
      { user_id: string; display_name: string; email: string; bounced_at: Date; reason: string }[]
    >(
      `SELECT b.user_id, u.display_name, u.email, b.bounced_at, b.reason
         FROM bouncing_addresses b JOIN users u ON u.id = b.user_id AND u.email = b.address
        ORDER BY b.bounced_at DESC`,
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      bouncedAt: r.bounced_at.toISOString(),
      reason: r.reason,
    }));
  }
}
