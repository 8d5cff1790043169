import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import type {
  DipSampleListQuery,
  ModerateSamplePlanRequest,
  MoveQualityCriterionRequest,
  ScoreSamplePlanRequest,
} from '@convene/contracts';
import { QUALITY_GRADES, type QualityGrade } from '@convene/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SubmitScoreDto } from './dto/quality-commands.dto.js';

/** A senior's private score between meetings: exactly the fields, and the checks, of the room's `score.submit`. */
export class ScoreSamplePlanDto
  extends PickType(SubmitScoreDto, ['metCriterionIds', 'grade', 'overrideReason'] as const)
  implements ScoreSamplePlanRequest {}

export class ModerateSamplePlanDto implements ModerateSamplePlanRequest {
  @ApiProperty({ enum: QUALITY_GRADES })
  @IsIn(QUALITY_GRADES)
  grade!: QualityGrade;

  @ApiProperty({
    minLength: 3,
    maxLength: 5000,
    description: 'For the plan’s writer: what is good in the plan and what to do better',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  feedback!: string;
}

export class DipSampleListQueryDto implements DipSampleListQuery {
  @ApiPropertyOptional({ enum: ['multiagency', 'senior'] })
  @IsOptional()
  @IsIn(['multiagency', 'senior'])
  tier?: 'multiagency' | 'senior';

  @ApiPropertyOptional({ example: '2026-11', description: 'Samples drawn in this month (in England)' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month as YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Part of the theme, in any case' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  theme?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

export class MoveQualityCriterionDto implements MoveQualityCriterionRequest {
  @ApiProperty({ enum: ['up', 'down'], description: 'One place up or down within the criterion’s section' })
  @IsIn(['up', 'down'])
  direction!: 'up' | 'down';
}
