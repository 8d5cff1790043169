import { ApiProperty } from '@nestjs/swagger';
import type { RecordReviewDecision } from '@convene/contracts';
import { REVIEW_DECISIONS, type ReviewDecision } from '@convene/domain';
import { IsIn } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class RecordReviewDecisionDto implements RecordReviewDecision {
  @IsCalendarDate({
    description:
      'The day the Local Authority decided, on or after the review meeting (due within 4 weeks of it, reg 20(10))',
  })
  decisionOn!: string;

  @ApiProperty({
    enum: REVIEW_DECISIONS,
    description: 'Keep the plan as it is, amend it, or cease to maintain it',
  })
  @IsIn(REVIEW_DECISIONS)
  outcome!: ReviewDecision;
}
