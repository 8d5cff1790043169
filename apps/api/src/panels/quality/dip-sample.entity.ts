import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EhcRequest } from '../../cases/ehc-request.entity.js';
import { User } from '../../identity/user.entity.js';
import { Meeting } from '../../meetings/meeting.entity.js';

/**
 * Plans drawn at random for review: by the multi-agency group for a meeting (tier 3) or by seniors between
 * meetings (tier 2). The seed is kept, so the same draw can be made again and checked.
 */
@Entity({ name: 'dip_samples' })
@Check('dip_samples_tier', `tier IN ('multiagency', 'senior')`)
@Check('dip_samples_subject', `subject IN ('plans', 'advice')`)
export class DipSample {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  tier!: 'multiagency' | 'senior';

  /** EHC plans, or returned advices for an advice quality audit. */
  @Column({ type: 'text', default: 'plans' })
  subject!: 'plans' | 'advice';

  @ManyToOne(() => Meeting, { nullable: true })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting | null;

  @Index()
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  @Column({ type: 'bigint' })
  seed!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ name: 'by_locality', type: 'jsonb' })
  byLocality!: Record<string, number>;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'drawn_by' })
  drawnBy!: User;

  @Column({ name: 'drawn_by', type: 'uuid' })
  drawnById!: string;

  @CreateDateColumn({ name: 'drawn_at', type: 'timestamptz' })
  drawnAt!: Date;
}

/** A plan in a dip sample: the request whose plan was drawn. */
@Entity({ name: 'dip_sample_plans' })
@Check('dip_sample_plans_revealed_by_someone', `(revealed_at IS NULL) = (revealed_by IS NULL)`)
export class DipSamplePlan {
  @PrimaryColumn({ name: 'sample_id', type: 'uuid' })
  sampleId!: string;

  @ManyToOne(() => DipSample, { nullable: false })
  @JoinColumn({ name: 'sample_id' })
  sample!: DipSample;

  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Index()
  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  /** For a seniors' sample: when its owner revealed every reviewer's score of the plan, and who did. */
  @Column({ name: 'revealed_at', type: 'timestamptz', nullable: true })
  revealedAt!: Date | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'revealed_by' })
  revealedBy!: User | null;

  @Column({ name: 'revealed_by', type: 'uuid', nullable: true })
  revealedById!: string | null;
}

/** An advice in an advice quality audit sample. */
@Entity({ name: 'dip_sample_advices' })
export class DipSampleAdvice {
  @PrimaryColumn({ name: 'sample_id', type: 'uuid' })
  sampleId!: string;

  @ManyToOne(() => DipSample, { nullable: false })
  @JoinColumn({ name: 'sample_id' })
  sample!: DipSample;

  @Index()
  @PrimaryColumn({ name: 'advice_request_id', type: 'uuid' })
  adviceRequestId!: string;
}
