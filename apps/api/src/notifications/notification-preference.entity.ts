import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@convene/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../database/check.js';
import { User } from '../identity/user.entity.js';

/** How one person chose to hear of one kind; a kind with no row is delivered as NOTIFICATION_KIND_RULES says. */
@Entity({ name: 'notification_preferences' })
@Check('notification_preferences_kind', oneOf('kind', NOTIFICATION_KINDS))
@Check('notification_preferences_delivery', oneOf('delivery', NOTIFICATION_DELIVERIES))
export class NotificationPreference {
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'text' })
  delivery!: NotificationDelivery;
}
