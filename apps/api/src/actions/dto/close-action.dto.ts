import { ApiProperty } from '@nestjs/swagger';
import type { CloseAction } from '@convene/contracts';
import { ACTION_TEXT_MAX_LENGTH } from '@convene/domain';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CloseActionDto implements CloseAction {
  @ApiProperty({ enum: ['done', 'cancelled'] })
  @IsIn(['done', 'cancelled'])
  outcome!: 'done' | 'cancelled';

  @ApiProperty({ maxLength: ACTION_TEXT_MAX_LENGTH, description: 'What was done, or why it is cancelled' })
  @IsString()
  @IsNotEmpty({ message: 'Say what was done, or why it is cancelled' })
  @MaxLength(ACTION_TEXT_MAX_LENGTH)
  note!: string;
}
