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
import type { RequestSource, RequestStage, Sen2CeaseReason } from '@convene/domain';
import { Child } from './child.entity.js';
import { REQUEST_SOURCES, REQUEST_STAGES, SEN2_CEASE_REASONS } from '@convene/domain';
import { oneOf } from '../database/check.js';

/** A request for an EHC needs assessment, and the 20-week path it starts (SEND Regulations 2014). */
@Entity({ name: 'ehc_requests' })
@Check('ehc_requests_stage', oneOf('stage', REQUEST_STAGES))
@Check('ehc_requests_source', oneOf('source', REQUEST_SOURCES))
@Check(
  'ehc_requests_plan_ceased',
  `(plan_ceased_on IS NULL AND plan_cease_reason IS NULL) OR (plan_ceased_on IS NOT NULL AND final_issued_on IS NOT NULL AND plan_ceased_on >= final_issued_on AND ${oneOf('plan_cease_reason', SEN2_CEASE_REASONS)})`,
)
@Index(['stage', 'receivedOn'])
export class EhcRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  /** Day one of the statutory clock. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ type: 'text' })
  source!: RequestSource;

  /** Where the request stands now; the full history is in request_events. */
  @Column({ type: 'text' })
  stage!: RequestStage;

  @Column({ name: 'decision_to_assess_on', type: 'date', nullable: true })
  decisionToAssessOn!: string | null;

  @Column({ name: 'decision_to_issue_on', type: 'date', nullable: true })
  decisionToIssueOn!: string | null;

  @Column({ name: 'draft_issued_on', type: 'date', nullable: true })
  draftIssuedOn!: string | null;

  @Column({ name: 'final_issued_on', type: 'date', nullable: true })
  finalIssuedOn!: string | null;

  /** The day the request was refused, not issued or withdrawn. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** The day the local authority ceased to maintain the plan (s45), and why (the SEN2 cease reasons). */
  @Column({ name: 'plan_ceased_on', type: 'date', nullable: true })
  planCeasedOn!: string | null;

  @Column({ name: 'plan_cease_reason', type: 'text', nullable: true })
  planCeaseReason!: Sen2CeaseReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
