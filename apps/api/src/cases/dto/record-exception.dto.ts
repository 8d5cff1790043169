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
  @ApiProperty({
    enum: EXCEPTION_REGULATIONS,
    description:
      '5(4): the decision whether to assess (6 weeks); 8(2): an advice (6 weeks); 10(4): the 16 and 20 week limits',
  })
  @IsIn(EXCEPTION_REGULATIONS)
  regulation!: ExceptionRegulation;

  @ApiProperty({
    enum: STATUTORY_EXCEPTION_KINDS,
    description:
      'One its regulation allows: under 5(4) school_closure (a), exceptional_circumstances (b), absent_from_area (c); under 8(2) exceptional_circumstances (a), absent_from_area (b), missed_appointment (c); under 10(4) school_closure (a), early_years_closure (b), exceptional_circumstances (c), absent_from_area (d); under each, coronavirus for the 2020 easement (SI 2020/471), only for days from 1 May to 25 September 2020',
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
      'For a closure (reg 5(4)(a), 10(4)(a) or (b)): the day the school, post-16 institution or early years provider was asked for its advice',
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
