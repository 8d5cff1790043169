import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../user.entity.js';

/**
 * A user's authenticator app (TOTP, RFC 6238) for two-step sign-in with a password. The secret is shown once, at
 * enrolment, and never returned again; single sign-on users rely on the council's identity provider instead.
 */
@Entity({ name: 'second_factors' })
export class SecondFactor {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  /** Base32, as the authenticator app holds it. */
  @Column({ type: 'text' })
  secret!: string;

  /** Set when the user confirmed enrolment with a first code; until then two-step sign-in is not on. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** The 30-second step of the last code accepted: a code is never accepted twice. */
  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
