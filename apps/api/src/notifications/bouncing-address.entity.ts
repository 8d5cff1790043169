import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity.js';

/** An address a mail server refused for good (SMTP 5xx): shown to administrators until the address changes. */
@Entity({ name: 'bouncing_addresses' })
export class BouncingAddress {
  @PrimaryColumn({ type: 'text' })
  address!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'bounced_at', type: 'timestamptz', default: () => 'now()' })
  bouncedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;
}
