import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../identity/user.entity.js';

/**
 * A one-time sign-in link sent to a family member: valid 15 minutes, spent by its first use, and only in the browser
 * that asked for it. Only hashes are stored: of the token in the link, and of the nonce in the asking browser's cookie.
 */
@Entity({ name: 'family_sign_in_links' })
export class FamilySignInLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** SHA-256 of the token in the emailed link, hex. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** SHA-256 of the nonce in the cookie of the browser that asked, hex. */
  @Column({ name: 'browser_nonce_hash', type: 'text' })
  browserNonceHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
