import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@convene/domain';
import { Agency } from './agency.entity.js';
import { ROLES } from '@convene/domain';
import { allOf } from '../database/check.js';

@Entity({ name: 'users' })
@Check('users_roles', allOf('roles', ROLES))
@Check('users_email_lower_case', `email = lower(email)`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle!: string | null;

  @ManyToOne(() => Agency, { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  agency!: Agency;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  /** argon2id; null for users who only sign in through single sign-on. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** SHA-256 of the secret in the user's calendar feed address; a new feed replaces the old. */
  @Index({ unique: true })
  @Column({ name: 'calendar_token_hash', type: 'text', nullable: true })
  calendarTokenHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
