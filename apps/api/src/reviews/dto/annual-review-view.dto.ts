import { ApiProperty } from '@nestjs/swagger';
import type { AnnualReviewView } from '@convene/contracts';
import {
  REVIEW_DECISIONS,
  REVIEW_STANDINGS,
  type ReviewDecision,
  type ReviewStanding,
} from '@convene/domain';
import { RequestClockViewDto } from '../../cases/dto/request-clock-view.dto.js';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';

export class AnnualReviewViewDto implements AnnualReviewView {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Null for the review now running when nothing of it has been recorded yet',
  })
  id!: string | null;

  @ApiProperty({ format: 'uuid', description: 'The request whose plan is reviewed' })
  requestId!: string;

  @ApiProperty({
    format: 'date',
    description: 'The day the year counts from: the plan, or the last review meeting',
  })
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

  @ApiProperty({ type: RequestClockViewDto })
  clock!: RequestClockViewDto;

  @ApiProperty({ nullable: true, type: PersonRefDto })
  recordedBy!: PersonRefDto | null;
}
