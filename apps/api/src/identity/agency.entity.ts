import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind } from '@convene/domain';
import { AGENCY_KINDS } from '@convene/domain';
import { oneOf } from '../database/check.js';

/** An organisation a user belongs to: the SEND service, the EP service, a health team, social care… */
@Entity({ name: 'agencies' })
@Check('agencies_kind', oneOf('kind', AGENCY_KINDS))
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: AgencyKind;

  /** When it stopped being offered for new users; those already in it keep it. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
