import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DELEGABLE_KINDS, MEETING_KINDS, type DelegableKind, type MeetingKind } from '@convene/domain';
import { Child } from '../../cases/child.entity.js';
import { EhcRequest } from '../../cases/ehc-request.entity.js';
import { oneOf } from '../../database/check.js';
import { User } from '../../identity/user.entity.js';
import { DelegationRule } from './delegation-rule.entity.js';

/**
 * A decision one officer took alone under the scheme of delegation: the Local Authority's decision, with its
 * reasons, as a panel's would be, noted by the group that would have taken it at its next sitting.
 */
@Entity({ name: 'delegated_decisions' })
@Check('delegated_decisions_kind', oneOf('kind', DELEGABLE_KINDS))
@Check('delegated_decisions_noted_by', oneOf('noted_by', MEETING_KINDS))
@Check('delegated_decisions_reasons', `length(trim(reasons)) > 0`)
@Check(
  'delegated_decisions_subject',
  `(kind IN ('decision_to_assess', 'decision_to_issue') AND request_id IS NOT NULL AND panel_request_id IS NULL)
   OR (kind NOT IN ('decision_to_assess', 'decision_to_issue') AND request_id IS NULL AND panel_request_id IS NOT NULL)`,
)
@Index(['notedBy', 'decidedAt'])
export class DelegatedDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'text' })
  kind!: DelegableKind;

  @ManyToOne(() => EhcRequest, { nullable: true })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  /** Named by entity name, as panels build on the engine, not it on them. */
  @ManyToOne('PanelRequest', { nullable: true })
  @JoinColumn({ name: 'panel_request_id' })
  panelRequest!: unknown;

  @Column({ name: 'panel_request_id', type: 'uuid', nullable: true })
  panelRequestId!: string | null;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'text' })
  reasons!: string;

  /** What the school is asked to do, for the family's letter after a refusal. */
  @Column({ type: 'text', nullable: true })
  recommendations!: string | null;

  /** Funding or a personal budget agreed: the amount agreed, in whole pence. */
  @Column({ name: 'amount_pence', type: 'integer', nullable: true })
  amountPence!: number | null;

  @ManyToOne(() => DelegationRule, { nullable: false })
  @JoinColumn({ name: 'rule_id' })
  rule!: DelegationRule;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'decided_by' })
  decidedBy!: User;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedById!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  /** The group that would have decided it, which notes it at its next sitting. */
  @Column({ name: 'noted_by', type: 'text' })
  notedBy!: MeetingKind;
}
