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
import { QUALITY_GRADES, type QualityGrade } from '@convene/domain';
import { oneOf } from '../../database/check.js';
import { User } from '../../identity/user.entity.js';
import { AgendaItem } from '../../meetings/agenda-item.entity.js';
import { DipSamplePlan } from './dip-sample.entity.js';

/**
 * A reviewer's private score of a sampled plan: the criteria ticked, the grade they give, and the grade
 * the ticks earn (an override is kept with its reason). Every submission is kept; the latest counts.
 * Scored in the room (an agenda item) or, for seniors' samples, between meetings (a plan of the sample).
 */
@Entity({ name: 'plan_scores' })
@Check('plan_scores_grade', oneOf('grade', QUALITY_GRADES))
@Check('plan_scores_computed_grade', oneOf('computed_grade', QUALITY_GRADES))
@Check('plan_scores_override_has_reason', `grade = computed_grade OR override_reason IS NOT NULL`)
@Check(
  'plan_scores_scored_in_room_or_sample',
  `(agenda_item_id IS NOT NULL AND sample_id IS NULL AND request_id IS NULL) OR (agenda_item_id IS NULL AND sample_id IS NOT NULL AND request_id IS NOT NULL)`,
)
@Index(['agendaItemId', 'reviewerId'])
@Index(['sampleId', 'requestId', 'reviewerId'])
export class PlanScore {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AgendaItem, { nullable: true })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem!: AgendaItem | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  /** A seniors' (tier 2) sample's plan, scored between meetings. */
  @ManyToOne(() => DipSamplePlan, { nullable: true })
  @JoinColumn([
    { name: 'sample_id', referencedColumnName: 'sampleId' },
    { name: 'request_id', referencedColumnName: 'requestId' },
  ])
  samplePlan!: DipSamplePlan | null;

  @Column({ name: 'sample_id', type: 'uuid', nullable: true })
  sampleId!: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

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
