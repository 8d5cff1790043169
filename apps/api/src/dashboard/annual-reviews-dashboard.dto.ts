import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANNUAL_REVIEW_MEASURES,
  PHASE_TRANSFER_MEASURES,
  type AnnualReviewMeasure,
  type PhaseTransferMeasure,
} from '@convene/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../cases/dto/calendar-date.decorator.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = { message: 'month must be a month like 2026-10' };

export class AnnualReviewsQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The last month of the table (YYYY-MM); this month if left out',
  })
  @IsOptional()
  @Matches(MONTH, MONTH_MESSAGE)
  month?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 24, default: 12 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24)
  months?: number;
}

export class AnnualReviewCasesQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The month the reviews fell due in, or the last of the 12 months',
  })
  @Matches(MONTH, MONTH_MESSAGE)
  month!: string;

  @ApiPropertyOptional({ enum: ANNUAL_REVIEW_MEASURES, default: 'due' })
  @IsOptional()
  @IsIn(ANNUAL_REVIEW_MEASURES)
  measure?: AnnualReviewMeasure;

  @ApiPropertyOptional({
    enum: ['month', 'rolling'],
    default: 'month',
    description: 'The month alone, or the 12 months to its end',
  })
  @IsOptional()
  @IsIn(['month', 'rolling'])
  span?: 'month' | 'rolling';
}

export class PhaseTransferCasesQuery {
  @IsCalendarDate({ description: 'The deadline: 15 February of the transfer year, or 31 March for post-16' })
  deadline!: string;

  @ApiPropertyOptional({ enum: PHASE_TRANSFER_MEASURES, default: 'due' })
  @IsOptional()
  @IsIn(PHASE_TRANSFER_MEASURES)
  measure?: PhaseTransferMeasure;
}
