import { OUTBOUND_MESSAGE_STATUSES, type OutboundMessageStatus } from '@convene/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { oneOf } from '../database/check.js';
import { User } from '../identity/user.entity.js';
import { Notification } from './notification.entity.js';

/**
 * The outbox: one email to send, written with its notification (or by the digest), claimed by a delivery worker
 * with FOR UPDATE SKIP LOCKED. One per cause, recipient and channel, so no cause is ever queued twice; its
 * Message-ID is made here, once, and sent with every attempt.
 */
@Entity({ name: 'outbound_messages' })
@Unique('outbound_messages_once_per_cause', ['causeKey', 'recipientId', 'channel'])
@Check('outbound_messages_status', oneOf('status', OUTBOUND_MESSAGE_STATUSES))
@Check('outbound_messages_channel', `channel IN ('email')`)
@Check('outbound_messages_attempts', 'attempts >= 0')
@Index('outbound_messages_due', ['nextAttemptAt'], { where: `status IN ('queued', 'sending', 'failed')` })
@Index('outbound_messages_newest_first', ['createdAt'])
export class OutboundMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a digest, which carries many. */
  @ManyToOne(() => Notification, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification!: Notification | null;

  @Index()
  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId!: string | null;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient!: User;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  /** The notification's kind, or `digest`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'cause_key', type: 'text' })
  causeKey!: string;

  @Column({ type: 'text', default: 'email' })
  channel!: 'email';

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  /** An iCalendar file sent with it (a meeting's agenda), or null. */
  @Column({ type: 'text', nullable: true })
  ics!: string | null;

  @Column({ type: 'text', default: 'queued' })
  status!: OutboundMessageStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** While `sending`: until when the worker that claimed it holds it; after that (it died), another may. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'message_id', type: 'text', unique: true })
  messageId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
