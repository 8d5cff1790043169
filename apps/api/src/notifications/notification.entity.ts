import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@convene/domain';
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

/**
 * One thing Convene told one person, written in the same transaction as the change that caused it. The cause key
 * names that change (`case-decided:<item id>`), so a cause tells each person once however often it is seen.
 */
@Entity({ name: 'notifications' })
@Unique('notifications_once_per_cause', ['causeKey', 'recipientId'])
@Check('notifications_kind', oneOf('kind', NOTIFICATION_KINDS))
@Check('notifications_delivery', oneOf('delivery', NOTIFICATION_DELIVERIES))
@Index('notifications_newest_first', ['recipientId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient!: User;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'cause_key', type: 'text' })
  causeKey!: string;

  /** A case reference or a meeting id: never a child's name. */
  @Column({ name: 'subject_ref', type: 'text', nullable: true })
  subjectRef!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'link_path', type: 'text' })
  linkPath!: string;

  /** How the person had chosen to hear of it when it was written: `digest` ones wait for their daily email. */
  @Column({ type: 'text' })
  delivery!: NotificationDelivery;

  /** The digest email that carried it, once one has. */
  @Column({ name: 'digested_in', type: 'uuid', nullable: true })
  digestedIn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
