import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISION_TO_ASSESS_MEASURES,
  FIGURE_SPANS,
  PHASE_TRANSFER_MEASURES,
  type DecisionToAssessMeasure,
  type FigureSpan,
  type TransferYearGroupMeasure,
} from '@convene/contracts';
import { MAX_YEAR_GROUP, MIN_YEAR_GROUP } from '@convene/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = { message: 'month must be a month like 2026-10' };

export class DecisionsToAssessQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The last month of the table; this month if left out',
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

export class DecisionToAssessCasesQuery {
  @ApiProperty({ example: '2026-10', description: 'The month the decisions were made in, or the last of 12' })
  @Matches(MONTH, MONTH_MESSAGE)
  month!: string;

  @ApiPropertyOptional({ enum: FIGURE_SPANS, default: 'month' })
  @IsOptional()
  @IsIn(FIGURE_SPANS)
  span?: FigureSpan;

  @ApiPropertyOptional({ enum: DECISION_TO_ASSESS_MEASURES, default: 'decided' })
  @IsOptional()
  @IsIn(DECISION_TO_ASSESS_MEASURES)
  measure?: DecisionToAssessMeasure;

  @ApiPropertyOptional({
    enum: ['exclude', 'include'],
    default: 'include',
    description: 'Requests with a reg 5(4) exception the statutory clock accepts',
  })
  @IsOptional()
  @IsIn(['exclude', 'include'])
  exceptions?: 'exclude' | 'include';
}

export class TransferYearGroupsQuery {
  @ApiPropertyOptional({
    example: 2026,
    description: 'The calendar year of the moves; this year if left out',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class TransferYearGroupCasesQuery {
  @ApiProperty({ example: 2026, description: 'The calendar year of the moves' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 6, description: 'The year group on the deadline' })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR_GROUP)
  @Max(MAX_YEAR_GROUP)
  yearGroup!: number;

  @ApiPropertyOptional({ enum: PHASE_TRANSFER_MEASURES, default: 'due' })
  @IsOptional()
  @IsIn(PHASE_TRANSFER_MEASURES)
  measure?: TransferYearGroupMeasure;
}
