import {
  APPEALABLE_DECISIONS,
  COMPLAINT_STAGES,
  DISAGREEMENT_KINDS,
  TRIBUNAL_ORDER_KINDS,
  type AppealableDecision,
  type ComplaintStage,
  type DisagreementKind,
  type TribunalOrderKind,
} from '@convene/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Child } from '../cases/child.entity.js';
import { oneOf } from '../database/check.js';
import { User } from '../identity/user.entity.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';

export const ORDER_SOURCES = ['order', 'mediation_agreement', 'unopposed'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

/**
 * A family's challenge to a decision on their child's case: a complaint, mediation or an appeal to the First-tier
 * Tribunal (SEND), with the dates its time limits run from, its outcome and, where the council must act, what it
 * must do. Every change is in the audit trail; the clocks are computed from these dates (libs/domain).
 */
@Entity({ name: 'disagreements' })
@Check('disagreements_kind', oneOf('kind', DISAGREEMENT_KINDS))
@Check('disagreements_appealable_decision', oneOf('appealable_decision', APPEALABLE_DECISIONS))
@Check('disagreements_complaint_stage', oneOf('complaint_stage', COMPLAINT_STAGES))
@Check('disagreements_order_kind', oneOf('order_kind', TRIBUNAL_ORDER_KINDS))
@Check('disagreements_order_source', oneOf('order_source', ORDER_SOURCES))
@Check('disagreements_opened_after_decision', 'opened_on >= decision_notified_on')
@Check(
  'disagreements_order_whole',
  '(order_kind IS NULL) = (order_on IS NULL) AND (order_kind IS NULL) = (order_source IS NULL)',
)
@Check('disagreements_outcome_whole', '(outcome IS NULL) = (outcome_on IS NULL)')
@Index('disagreements_by_child', ['childId'])
export class Disagreement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Column({ type: 'text' })
  kind!: DisagreementKind;

  @Column({ name: 'appealable_decision', type: 'text', nullable: true })
  appealableDecision!: AppealableDecision | null;

  /** The panel's decision challenged, where it was taken in Convene. */
  @ManyToOne(() => AgendaItem, { nullable: true })
  @JoinColumn({ name: 'decision_item_id' })
  decisionItem!: AgendaItem | null;

  @Column({ name: 'decision_item_id', type: 'uuid', nullable: true })
  decisionItemId!: string | null;

  @Column({ name: 'decision_notified_on', type: 'date' })
  decisionNotifiedOn!: string;

  /** The complaint received, the mediation adviser contacted, or the appeal registered. */
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  /** What the family disagrees with, in the officer's words (no more than the case needs). */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'complaint_stage', type: 'text', nullable: true })
  complaintStage!: ComplaintStage | null;

  @Column({ name: 'mediation_declined_on', type: 'date', nullable: true })
  mediationDeclinedOn!: string | null;

  @Column({ name: 'mediation_requested_on', type: 'date', nullable: true })
  mediationRequestedOn!: string | null;

  @Column({ name: 'mediation_held_on', type: 'date', nullable: true })
  mediationHeldOn!: string | null;

  @Column({ name: 'certificate_issued_on', type: 'date', nullable: true })
  certificateIssuedOn!: string | null;

  @Column({ name: 'appeal_sent_to_council_on', type: 'date', nullable: true })
  appealSentToCouncilOn!: string | null;

  @Column({ name: 'response_sent_on', type: 'date', nullable: true })
  responseSentOn!: string | null;

  @Column({ name: 'hearing_on', type: 'date', nullable: true })
  hearingOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn!: string | null;

  @Column({ name: 'order_kind', type: 'text', nullable: true })
  orderKind!: TribunalOrderKind | null;

  @Column({ name: 'order_on', type: 'date', nullable: true })
  orderOn!: string | null;

  @Column({ name: 'order_source', type: 'text', nullable: true })
  orderSource!: OrderSource | null;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'recorded_by' })
  recordedBy!: User;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
