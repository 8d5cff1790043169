import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The answer given to each command, kept by the idempotency key the client chose: a retry after a
 * lost acknowledgement gets the same answer and changes nothing. Written in the command's transaction.
 */
@Entity({ name: 'command_receipts' })
export class CommandReceipt {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'text' })
  command!: string;

  @Column({ type: 'bigint' })
  version!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
