import { ApiProperty } from '@nestjs/swagger';
import type { RecordPhaseTransferAmendment } from '@convene/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class RecordPhaseTransferAmendmentDto implements RecordPhaseTransferAmendment {
  @IsCalendarDate({
    description:
      'The day the plan amended for the transfer was issued: by 15 February of the year of the move, 31 March for post-16 (reg 18(1))',
  })
  amendedPlanIssuedOn!: string;

  @ApiProperty({ maxLength: 200, description: 'The school or college the amended plan names' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  settingName!: string;
}
