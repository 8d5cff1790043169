import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity.js';

/** When one person's daily digest goes (England's time) and the last English day it went. */
@Entity({ name: 'notification_digests' })
@Check('notification_digests_time', `digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class NotificationDigest {
  @OneToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'digest_time', type: 'text' })
  digestTime!: string;

  @Column({ name: 'last_sent_on', type: 'date', nullable: true })
  lastSentOn!: string | null;
}
