import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity.js';

/** How a session began: a password, the council's single sign-on, or a family's one-time link. */
export type SignInMethod = 'password' | 'oidc' | 'link';

/** A signed-in browser or integration. Only a hash of the token is stored; the token lives in the cookie. */
@Entity({ name: 'sessions' })
export class Session {
  /** SHA-256 of the session token, hex. */
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Set on sign-out: the session can never be used again. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'sign_in_method', type: 'text' })
  signInMethod!: SignInMethod;
}
