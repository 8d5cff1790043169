import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { REVIEW_DECISIONS, type ReviewDecision } from '@convene/domain';
import { Child } from '../cases/child.entity.js';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { oneOf } from '../database/check.js';
import { RecordedByColumns } from './recorded-by.columns.js';
import { annualReviewDueOnSql } from './standing.query.js';

/**
 * One year's annual review of a child's EHC plan (Children and Families Act 2014 s44): due within the 12 months
 * starting with the day of the final plan or the last review meeting (by the day before its anniversary), the
 * decision within 4 weeks of the meeting (reg 20(10)), an amended plan within 8 weeks of a decision to amend
 * (reg 22(3)) and at the latest 12 weeks after the meeting (R (L) v Devon CC [2022] EWHC 493 (Admin)). Each step
 * is recorded once.
 */
@Entity({ name: 'annual_reviews' })
@Unique('annual_reviews_one_per_year', ['requestId', 'countsFrom'])
// One review running at a time per plan: at most one without its meeting.
@Index('annual_reviews_one_open', ['requestId'], { unique: true, where: 'review_meeting_on IS NULL' })
// A plan's last review meeting held, in one probe: the year now running counts from it (the dashboard reads it for every plan).
@Index('annual_reviews_last_meeting', ['requestId', 'reviewMeetingOn'])
@Check('annual_reviews_outcome', `decision_outcome IS NULL OR ${oneOf('decision_outcome', REVIEW_DECISIONS)}`)
@Check('annual_reviews_due', `due_on = ${annualReviewDueOnSql('counts_from')}`)
@Check('annual_reviews_meeting', `review_meeting_on IS NULL OR review_meeting_on > counts_from`)
@Check(
  'annual_reviews_decision',
  `(decision_on IS NULL AND decision_outcome IS NULL) OR (decision_on IS NOT NULL AND decision_outcome IS NOT NULL AND review_meeting_on IS NOT NULL AND decision_on >= review_meeting_on)`,
)
@Check(
  'annual_reviews_amended_plan',
  `amended_plan_issued_on IS NULL OR (decision_outcome = 'amend' AND amended_plan_issued_on >= decision_on)`,
)
export class AnnualReview extends RecordedByColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  /** The request whose final plan is reviewed. */
  @ManyToOne(() => EhcRequest, { nullable: false })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** The day the final plan was issued, or the previous review meeting was held. */
  @Column({ name: 'counts_from', type: 'date' })
  countsFrom!: string;

  @Index()
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'review_meeting_on', type: 'date', nullable: true })
  reviewMeetingOn!: string | null;

  @Column({ name: 'decision_on', type: 'date', nullable: true })
  decisionOn!: string | null;

  @Column({ name: 'decision_outcome', type: 'text', nullable: true })
  decisionOutcome!: ReviewDecision | null;

  @Column({ name: 'amended_plan_issued_on', type: 'date', nullable: true })
  amendedPlanIssuedOn!: string | null;
}
