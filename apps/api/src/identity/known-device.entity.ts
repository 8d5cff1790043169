import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from './user.entity.js';

/**
 * A browser a user has signed in from before (OWASP's "device cookie"). The browser keeps an unguessable token in
 * an HttpOnly cookie; only its SHA-256 is stored. Failed sign-ins from elsewhere never lock the owner out of a
 * known device, and failures on a known device count against that device only.
 */
@Entity({ name: 'known_devices' })
export class KnownDevice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_signed_in_at', type: 'timestamptz' })
  lastSignedInAt!: Date;
}
