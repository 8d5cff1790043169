import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every event broadcast in a meeting, by its sequence number: the record the minutes are assembled from.
 * Each is also the receipt of the command that caused it, kept by the idempotency key its sender chose:
 * a retry after a lost acknowledgement finds the event and gets the same answer, and nothing is done again.
 */
@Entity({ name: 'meeting_events' })
@Index('meeting_events_idempotency_key', ['actorId', 'idempotencyKey'], { unique: true })
export class MeetingEventRecord {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The sender's key for the command, unique per sender across every meeting. */
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  /**
   * What the command asked for (SHA-256 of its name, meeting and payload): the same key with another command is
   * refused rather than answered as done. Null on receipts written before it was kept.
   */
  @Column({ name: 'command_fingerprint', type: 'text', nullable: true })
  commandFingerprint!: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
