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
import {
  FUNDING_BANDS,
  PANEL_REQUEST_KINDS,
  PANEL_REQUEST_STATUSES,
  PERSONAL_BUDGET_PURPOSES,
  SETTING_TYPES,
  type FundingBand,
  type PanelRequestKind,
  type PanelRequestStatus,
  type PersonalBudgetPurpose,
  type SettingType,
} from '@convene/domain';
import { Child } from '../../../cases/child.entity.js';
import { oneOf } from '../../../database/check.js';
import { User } from '../../../identity/user.entity.js';

/**
 * A change of placement, additional funding or a personal budget, asked of the Decision-Making Group by
 * the child's Family Link Officer. Each kind carries the details the panel decides on.
 */
@Entity({ name: 'panel_requests' })
@Check('panel_requests_kind', oneOf('kind', PANEL_REQUEST_KINDS))
@Check('panel_requests_status', oneOf('status', PANEL_REQUEST_STATUSES))
@Check('panel_requests_setting_type', `setting_type IS NULL OR ${oneOf('setting_type', SETTING_TYPES)}`)
@Check('panel_requests_band', `band IS NULL OR ${oneOf('band', FUNDING_BANDS)}`)
@Check('panel_requests_purpose', `purpose IS NULL OR ${oneOf('purpose', PERSONAL_BUDGET_PURPOSES)}`)
@Check(
  'panel_requests_details',
  `(kind = 'placement_change' AND setting_name IS NOT NULL AND setting_type IS NOT NULL)
   OR (kind = 'funding' AND amount_pence > 0 AND band IS NOT NULL AND starts_on IS NOT NULL AND ends_on >= starts_on)
   OR (kind = 'personal_budget' AND amount_pence > 0 AND purpose IS NOT NULL AND starts_on IS NOT NULL AND ends_on >= starts_on)`,
)
@Index(['status', 'raisedAt'])
export class PanelRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'text' })
  kind!: PanelRequestKind;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'setting_name', type: 'text', nullable: true })
  settingName!: string | null;

  @Column({ name: 'setting_type', type: 'text', nullable: true })
  settingType!: SettingType | null;

  /** A year's amount in whole pence: money is never a float. */
  @Column({ name: 'amount_pence', type: 'integer', nullable: true })
  amountPence!: number | null;

  @Column({ type: 'text', nullable: true })
  band!: FundingBand | null;

  @Column({ type: 'text', nullable: true })
  purpose!: PersonalBudgetPurpose | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', default: 'awaiting_panel' })
  status!: PanelRequestStatus;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'raised_by' })
  raisedBy!: User | null;

  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedById!: string | null;

  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;
}
