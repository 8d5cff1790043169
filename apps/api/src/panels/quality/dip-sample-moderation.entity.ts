import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QUALITY_GRADES, type QualityGrade } from '@convene/domain';
import { oneOf } from '../../database/check.js';
import { User } from '../../identity/user.entity.js';
import { DipSamplePlan } from './dip-sample.entity.js';

/**
 * The moderated grade of a plan in a seniors' (tier 2) sample, agreed after the reviewers' scores were
 * revealed, with the feedback for the plan's writer. Recorded once: a plan is moderated only once.
 */
@Entity({ name: 'dip_sample_moderations' })
@Check('dip_sample_moderations_grade', oneOf('grade', QUALITY_GRADES))
@Check('dip_sample_moderations_feedback', `length(feedback) >= 3`)
export class DipSampleModeration {
  @PrimaryColumn({ name: 'sample_id', type: 'uuid' })
  sampleId!: string;

  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => DipSamplePlan, { nullable: false })
  @JoinColumn([
    { name: 'sample_id', referencedColumnName: 'sampleId' },
    { name: 'request_id', referencedColumnName: 'requestId' },
  ])
  samplePlan!: DipSamplePlan;

  @Column({ type: 'text' })
  grade!: QualityGrade;

  /** For the plan's writer: what is good in the plan and what to do better. */
  @Column({ type: 'text' })
  feedback!: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'moderated_by' })
  moderatedBy!: User;

  @Column({ name: 'moderated_by', type: 'uuid' })
  moderatedById!: string;

  @CreateDateColumn({ name: 'moderated_at', type: 'timestamptz' })
  moderatedAt!: Date;
}
