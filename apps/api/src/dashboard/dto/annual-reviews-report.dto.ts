import { ApiProperty } from '@nestjs/swagger';
import type { AnnualReviewCase, AnnualReviewsReport, PhaseTransferCase } from '@convene/contracts';
import {
  PHASE_TRANSFER_KINDS,
  REVIEW_DECISIONS,
  REVIEW_STANDINGS,
  TRANSFER_STANDINGS,
  type AnnualReviewMonth,
  type PhaseTransferDeadlineFigures,
  type PhaseTransferKind,
  type ReviewCounts,
  type ReviewDecision,
  type ReviewStanding,
  type TransferStanding,
} from '@convene/domain';

export class ReviewCountsDto implements ReviewCounts {
  @ApiProperty({ description: 'Reviews whose meeting fell due in the period' })
  due!: number;

  @ApiProperty()
  heldOnTime!: number;

  @ApiProperty()
  heldLate!: number;

  @ApiProperty({ description: 'The due day has passed and the meeting has not been held' })
  overdue!: number;

  @ApiProperty({ description: 'Due later in the period and not yet held: left out of the percentage' })
  notYetDue!: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Held on time as a share of the reviews held or overdue; one decimal',
  })
  percentOnTime!: number | null;
}

export class AnnualReviewMonthDto extends ReviewCountsDto implements AnnualReviewMonth {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ type: ReviewCountsDto, description: 'The 12 months to the end of this one' })
  rolling!: ReviewCountsDto;
}

export class PhaseTransferDeadlineFiguresDto implements PhaseTransferDeadlineFigures {
  @ApiProperty()
  transferYear!: number;

  @ApiProperty({
    format: 'date',
    description: '15 February of the transfer year, or 31 March for secondary school to post-16',
  })
  deadline!: string;

  @ApiProperty({ enum: PHASE_TRANSFER_KINDS, isArray: true })
  kinds!: PhaseTransferKind[];

  @ApiProperty()
  due!: number;

  @ApiProperty()
  byDeadline!: number;

  @ApiProperty()
  late!: number;

  @ApiProperty({ description: 'Not amended yet' })
  outstanding!: number;

  @ApiProperty({ description: 'Of the outstanding, those past the deadline' })
  overdue!: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Amended by the deadline as a share of those amended or overdue; one decimal',
  })
  percentByDeadline!: number | null;
}

export class AnnualReviewsReportDto implements AnnualReviewsReport {
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'YYYY-MM, oldest first; the last is the month asked for',
  })
  months!: string[];

  @ApiProperty({ type: AnnualReviewMonthDto, isArray: true })
  annualReviews!: AnnualReviewMonthDto[];

  @ApiProperty({ type: PhaseTransferDeadlineFiguresDto, isArray: true })
  phaseTransfers!: PhaseTransferDeadlineFiguresDto[];
}

export class AnnualReviewCaseDto implements AnnualReviewCase {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ format: 'date' })
  countsFrom!: string;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  reviewMeetingOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  decisionOn!: string | null;

  @ApiProperty({ nullable: true, enum: REVIEW_DECISIONS })
  decisionOutcome!: ReviewDecision | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  amendedPlanIssuedOn!: string | null;

  @ApiProperty({ enum: REVIEW_STANDINGS })
  standing!: ReviewStanding;
}

export class PhaseTransferCaseDto implements PhaseTransferCase {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ enum: PHASE_TRANSFER_KINDS })
  kind!: PhaseTransferKind;

  @ApiProperty()
  transferYear!: number;

  @ApiProperty({ format: 'date' })
  deadline!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  amendedPlanIssuedOn!: string | null;

  @ApiProperty({ enum: TRANSFER_STANDINGS })
  standing!: TransferStanding;
}
