import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  LEADERSHIP_PACK_NARRATIVE_MAX,
  LEADERSHIP_PACK_STATUSES,
  type LeadershipPackFigures,
  type LeadershipPackStatus,
} from '@convene/contracts';
import { oneOf } from '../../database/check.js';
import { User } from '../../identity/user.entity.js';

/**
 * The monthly leadership pack for the Head of Service and the Improvement Board: the service's narrative, and
 * once issued, the figures as they stood that day, so an issued pack never changes when later records do.
 */
@Entity({ name: 'leadership_packs' })
@Unique('leadership_packs_month', ['month'])
@Check('leadership_packs_month_format', `month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('leadership_packs_status', oneOf('status', LEADERSHIP_PACK_STATUSES))
@Check('leadership_packs_narrative_length', `length(narrative) <= ${LEADERSHIP_PACK_NARRATIVE_MAX}`)
@Check(
  'leadership_packs_issued',
  `(status = 'draft' AND issued_by IS NULL AND issued_at IS NULL AND figures IS NULL)
   OR (status = 'issued' AND issued_by IS NOT NULL AND issued_at IS NOT NULL AND figures IS NOT NULL AND length(trim(narrative)) > 0)`,
)
export class LeadershipPack {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** YYYY-MM: one pack a month. */
  @Column({ type: 'text' })
  month!: string;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: LeadershipPackStatus;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'issued_by' })
  issuedBy!: User | null;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedById!: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  /** The figures frozen when the pack was issued; null while it is a draft (its figures are counted live). */
  @Column({ type: 'jsonb', nullable: true })
  figures!: LeadershipPackFigures | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
