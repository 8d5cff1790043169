import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIGURE_SPANS, type FigureSpan } from '@convene/contracts';
import {
  DISAGREEMENT_DECISION_TYPES,
  DISAGREEMENT_MEASURES,
  YEAR_MONTH,
  type DisagreementDecisionType,
  type DisagreementMeasure,
} from '@convene/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';

const MONTH_MESSAGE = { message: 'month must be a month like 2026-10' };

export class DisagreementIndicatorsQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'The last of the 12 months shown; this month if left out',
  })
  @IsOptional()
  @Matches(YEAR_MONTH, MONTH_MESSAGE)
  month?: string;
}

export class DisagreementCasesQuery {
  @ApiProperty({ example: '2026-10', description: 'The month counted, or the last of 12' })
  @Matches(YEAR_MONTH, MONTH_MESSAGE)
  month!: string;

  @ApiPropertyOptional({ enum: FIGURE_SPANS, default: 'month' })
  @IsOptional()
  @IsIn(FIGURE_SPANS)
  span?: FigureSpan;

  @ApiProperty({
    enum: DISAGREEMENT_MEASURES,
    description:
      'complaints, mediations, appeals: opened in the period; appeals_decided, against_the_council: appeals with an outcome reached in it; longest_to_register: the appeals registered in it that took longest',
  })
  @IsIn(DISAGREEMENT_MEASURES)
  measure!: DisagreementMeasure;

  @ApiPropertyOptional({ enum: DISAGREEMENT_DECISION_TYPES, description: 'Every decision type if left out' })
  @IsOptional()
  @IsIn(DISAGREEMENT_DECISION_TYPES)
  decisionType?: DisagreementDecisionType;
}
