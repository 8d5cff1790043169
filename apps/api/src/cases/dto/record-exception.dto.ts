import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordExceptionRequest } from '@convene/contracts';
import {
  EXCEPTION_REGULATIONS,
  STATUTORY_EXCEPTION_KINDS,
  type ExceptionRegulation,
  type StatutoryExceptionKind,
} from '@convene/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from './calendar-date.decorator.js';

export class RecordExceptionDto implements RecordExceptionRequest {
  @ApiProperty({ enum: ['8(2)', '10(4)'], description: '8(2): an advice; 10(4): the 16 and 20 week limits' })
  @IsIn(['8(2)', '10(4)'])
  regulation!: '8(2)' | '10(4)';

  @ApiProperty({
    enum: STATUTORY_EXCEPTION_KINDS,
    description:
      'One its regulation allows: under 8(2) exceptional_circumstances (a), absent_from_area (b), missed_appointment (c); under 10(4) school_closure (a), early_years_closure (b), exceptional_circumstances (c), absent_from_area (d)',
  })
  @IsIn(STATUTORY_EXCEPTION_KINDS)
  kind!: StatutoryExceptionKind;

  @IsCalendarDate()
  startsOn!: string;

  @IsCalendarDate({ optional: true, description: 'The last day of the absence or closure (included)' })
  @IsOptional()
  endsOn?: string;

  @IsCalendarDate({
    optional: true,
    description:
      'For a closure (reg 10(4)(a) or (b)): the day the school, post-16 institution or early years provider was asked for its advice',
  })
  @IsOptional()
  adviceAskedOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For reg 8(2): the advice request it applies to' })
  @IsOptional()
  @IsUUID()
  adviceRequestId?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
