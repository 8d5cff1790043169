import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RateAdviceQuality, RecordHealthAdviceRequest } from '@convene/contracts';
import {
  ADVICE_QUALITY_CRITERIA,
  ADVICE_SOURCES,
  type AdviceQualityCriterion,
  type AdviceSource,
} from '@convene/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../../cases/dto/calendar-date.decorator.js';

export class RecordHealthAdviceDto implements RecordHealthAdviceRequest {
  @ApiProperty({ format: 'uuid', description: "The child's request for assessment the advice is for" })
  @IsUUID()
  requestId!: string;

  @ApiProperty({ enum: ADVICE_SOURCES })
  @IsIn(ADVICE_SOURCES)
  source!: AdviceSource;

  @IsCalendarDate({ description: 'The day the advice was asked for: its 6 weeks run from here' })
  requestedOn!: string;
}

class QualityCriteriaDto implements Record<AdviceQualityCriterion, boolean> {
  @IsBoolean() describes_needs!: boolean;
  @IsBoolean() specific_outcomes!: boolean;
  @IsBoolean() quantified_provision!: boolean;
  @IsBoolean() child_and_family_views!: boolean;
}

export class RateAdviceQualityDto implements RateAdviceQuality {
  @ApiProperty({ description: `Each point of the rubric, met or not: ${ADVICE_QUALITY_CRITERIA.join(', ')}` })
  // ValidateNested alone passes a missing criteria (a 500) and an array (rated with no criteria at all).
  @IsObject()
  @ValidateNested()
  @Type(() => QualityCriteriaDto)
  criteria!: QualityCriteriaDto;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ChaseAdviceDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'What was said, to whom' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReturnAdviceDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'The document title; "Health advice: <team>" if left out',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;
}

export class AdviceListQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "A team's queue (a health team representative always gets their own)",
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ enum: ['open', 'returned', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'returned', 'all'])
  state?: 'open' | 'returned' | 'all';
}

export class FiguresQuery {
  @IsCalendarDate({ description: 'First day of the period (advices due from this day)' })
  from!: string;

  @IsCalendarDate({ description: 'Last day of the period (inclusive)' })
  to!: string;
}
