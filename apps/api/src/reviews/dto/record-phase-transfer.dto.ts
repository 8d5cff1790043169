import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordPhaseTransfer } from '@convene/contracts';
import { PHASE_TRANSFER_KINDS, type PhaseTransferKind } from '@convene/domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class RecordPhaseTransferDto implements RecordPhaseTransfer {
  @ApiProperty({ enum: PHASE_TRANSFER_KINDS })
  @IsIn(PHASE_TRANSFER_KINDS)
  kind!: PhaseTransferKind;

  @ApiProperty({
    minimum: 2000,
    maximum: 2100,
    example: 2027,
    description: 'The calendar year of the move (children move in September)',
  })
  @IsInt()
  @Min(2000)
  @Max(2100)
  transferYear!: number;

  @IsCalendarDate({
    optional: true,
    description:
      'For a move between post-16 institutions (reg 18(2)), and only then: the day of the move, in transferYear',
  })
  @IsOptional()
  transfersOn?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The school or college proposed, where known' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  settingName?: string;
}
