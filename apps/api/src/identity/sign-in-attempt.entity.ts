import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Each sign-in attempt, kept to lock an account after repeated failures and to slow a guessing device. */
@Entity({ name: 'sign_in_attempts' })
@Index(['email', 'attemptedAt'])
@Index(['clientAddress', 'attemptedAt'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** As typed, lower-cased; the account may not exist. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'client_address', type: 'text' })
  clientAddress!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}
