import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Each password sign-in attempt, kept to slow whoever guesses: failures from unknown browsers lock the account to
 * unknown browsers only, failures on a known device lock that device only, and failures from one address slow that
 * address. Successes are kept to tell the owner how many failures there were since they last signed in.
 */
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

  /** The user's known device the attempt came from, when it carried a device cookie of that user. */
  @Index()
  @Column({ name: 'known_device_id', type: 'uuid', nullable: true })
  knownDeviceId!: string | null;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}
