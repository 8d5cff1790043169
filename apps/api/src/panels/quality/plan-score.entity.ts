import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QUALITY_GRADES, type QualityGrade } from '@convene/domain';
import { oneOf } from '../../database/check.js';
import { User } from '../../identity/user.entity.js';
import { AgendaItem } from '../../meetings/agenda-item.entity.js';

/**
 * A reviewer's private score of a sampled plan: the criteria ticked, the grade they give, and the grade
 * the ticks earn (an override is kept with its reason). Every submission is kept; the latest counts.
 */
@Entity({ name: 'plan_scores' })
@Check('plan_scores_grade', oneOf('grade', QUALITY_GRADES))
@Check('plan_scores_computed_grade', oneOf('computed_grade', QUALITY_GRADES))
@Check('plan_scores_override_has_reason', `grade = computed_grade OR override_reason IS NOT NULL`)
@Index(['agendaItemId', 'reviewerId'])
export class PlanScore {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AgendaItem, { nullable: false })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer!: User;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  /** Framework criterion ids for a plan; the advice rubric's codes for an advice audit. */
  @Column({ name: 'met_criteria', type: 'text', array: true })
  metCriteria!: string[];

  @Column({ name: 'computed_grade', type: 'text' })
  computedGrade!: QualityGrade;

  @Column({ type: 'text' })
  grade!: QualityGrade;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
