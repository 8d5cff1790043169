import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DrawDipSampleRequest } from '@convene/contracts';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class DrawDipSampleDto implements DrawDipSampleRequest {
  @ApiPropertyOptional({ enum: ['plans', 'advice'], default: 'plans' })
  @IsOptional()
  @IsIn(['plans', 'advice'])
  subject?: 'plans' | 'advice';

  @ApiProperty({ minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  size!: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 2147483647,
    description: 'A recorded seed draws the same plans again; left out, a fresh one is drawn',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2147483647)
  seed?: number;

  @ApiProperty({ enum: ['multiagency', 'senior'] })
  @IsIn(['multiagency', 'senior'])
  tier!: 'multiagency' | 'senior';

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The Quality and Compliance Group meeting whose agenda gets the plans',
  })
  @IsOptional()
  @IsUUID()
  meetingId?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  theme?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 24, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24)
  excludeMonths?: number;
}

export class AddQualityCriterionDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  section!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  text!: string;

  @ApiProperty({ minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  weight!: number;
}

export class ChangeQualityCriterionDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  section?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  text?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  weight?: number;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class QualityFiguresQuery {
  @IsCalendarDate({ description: 'First day of the period (meetings held from this day)' })
  from!: string;

  @IsCalendarDate({ description: 'Last day of the period (inclusive)' })
  to!: string;
}
