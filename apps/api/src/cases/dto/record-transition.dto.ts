import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordTransitionRequest } from '@convene/contracts';
import { REQUEST_STAGES, type RequestStage } from '@convene/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from './calendar-date.decorator.js';

export class RecordTransitionDto implements RecordTransitionRequest {
  @ApiProperty({ enum: REQUEST_STAGES, description: 'The stage the request moves to' })
  @IsIn(REQUEST_STAGES)
  to!: RequestStage;

  @IsCalendarDate({ description: 'The day it happened, which the statutory clock counts from' })
  occurredOn!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
