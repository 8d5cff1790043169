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
import type { Sen2SenSetting } from '@convene/domain';
import { SEN2_SEN_SETTINGS } from '@convene/domain';
import { User } from '../identity/user.entity.js';
import { Child } from './child.entity.js';
import { oneOf } from '../database/check.js';

/**
 * Where a child is educated, from one day to another: an establishment by its URN or UKPRN, or the kind of
 * setting when it has no number (SEN2 module 5). Rank 1 is the main placement; rank 2 a second one at the same time.
 */
@Entity({ name: 'placements' })
// A placement may be known by its name before its URN is: the SEN2 validation report asks for the number.
@Check(
  'placements_establishment',
  `urn IS NOT NULL OR ukprn IS NOT NULL OR sen_setting IS NOT NULL OR establishment_name IS NOT NULL`,
)
@Check('placements_urn', `urn IS NULL OR urn ~ '^[0-9]{6}$'`)
@Check('placements_ukprn', `ukprn IS NULL OR ukprn ~ '^1[0-9]{7}$'`)
@Check('placements_sen_setting', `sen_setting IS NULL OR ${oneOf('sen_setting', SEN2_SEN_SETTINGS)}`)
@Check('placements_rank', `placement_rank IN (1, 2)`)
@Check('placements_dates', `leaving_date IS NULL OR leaving_date >= entry_date`)
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'text', nullable: true })
  urn!: string | null;

  @Column({ type: 'text', nullable: true })
  ukprn!: string | null;

  @Column({ name: 'sen_setting', type: 'text', nullable: true })
  senSetting!: Sen2SenSetting | null;

  @Column({ name: 'sen_setting_other', type: 'text', nullable: true })
  senSettingOther!: string | null;

  /** The establishment's name as the officer knows it, shown on the case page (the return sends only numbers). */
  @Column({ name: 'establishment_name', type: 'text', nullable: true })
  establishmentName!: string | null;

  @Column({ name: 'placement_rank', type: 'smallint' })
  placementRank!: 1 | 2;

  @Column({ name: 'entry_date', type: 'date' })
  entryDate!: string;

  @Column({ name: 'leaving_date', type: 'date', nullable: true })
  leavingDate!: string | null;

  @Column({ name: 'sen_unit', type: 'boolean', default: false })
  senUnit!: boolean;

  @Column({ name: 'resourced_provision', type: 'boolean', default: false })
  resourcedProvision!: boolean;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'recorded_by' })
  recordedBy!: User;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
