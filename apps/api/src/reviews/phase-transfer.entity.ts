import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PHASE_TRANSFER_KINDS, type PhaseTransferKind } from '@convene/domain';
import { Child } from '../cases/child.entity.js';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { oneOf } from '../database/check.js';
import { RecordedByColumns } from './recorded-by.columns.js';

/**
 * A child's move between phases of education: the plan must be reviewed and amended to name the next
 * school or college by 15 February of the year of the move, or 31 March for secondary school to post-16 (reg 18(1));
 * or a young person's move from one post-16 institution to another, amended at least five months before the day of
 * the move (reg 18(2)).
 */
@Entity({ name: 'phase_transfers' })
@Unique('phase_transfers_one_a_year', ['childId', 'transferYear'])
@Check('phase_transfers_kind', oneOf('kind', PHASE_TRANSFER_KINDS))
@Check('phase_transfers_year', 'transfer_year BETWEEN 2000 AND 2100')
@Check(
  'phase_transfers_deadline',
  `deadline = CASE kind WHEN 'secondary_to_post16' THEN make_date(transfer_year, 3, 31) WHEN 'post16_to_post16' THEN (transfers_on - interval '5 months')::date ELSE make_date(transfer_year, 2, 15) END`,
)
// Only a move between post-16 institutions has a day of its own, in its year.
@Check(
  'phase_transfers_day',
  `(kind = 'post16_to_post16') = (transfers_on IS NOT NULL) AND (transfers_on IS NULL OR extract(year FROM transfers_on) = transfer_year)`,
)
// The amended plan names the school or college.
@Check('phase_transfers_amended', 'amended_plan_issued_on IS NULL OR setting_name IS NOT NULL')
export class PhaseTransfer extends RecordedByColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  /** The request whose final plan is amended. */
  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ type: 'text' })
  kind!: PhaseTransferKind;

  /** The calendar year of the move. */
  @Column({ name: 'transfer_year', type: 'smallint' })
  transferYear!: number;

  /** For a move between post-16 institutions (reg 18(2)): the day of the move. */
  @Column({ name: 'transfers_on', type: 'date', nullable: true })
  transfersOn!: string | null;

  @Index()
  @Column({ type: 'date' })
  deadline!: string;

  /** The school or college proposed, then named in the amended plan. */
  @Column({ name: 'setting_name', type: 'text', nullable: true })
  settingName!: string | null;

  @Column({ name: 'amended_plan_issued_on', type: 'date', nullable: true })
  amendedPlanIssuedOn!: string | null;
}
