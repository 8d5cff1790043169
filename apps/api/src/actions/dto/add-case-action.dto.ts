import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AddCaseAction } from '@convene/contracts';
import { ACTION_TEXT_MAX_LENGTH } from '@convene/domain';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class AddCaseActionDto implements AddCaseAction {
  @ApiProperty({ maxLength: ACTION_TEXT_MAX_LENGTH, example: 'Ask the school for two more APDR cycles' })
  @IsString()
  @IsNotEmpty({ message: 'Say what is to be done' })
  @MaxLength(ACTION_TEXT_MAX_LENGTH)
  what!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The person who owns it (or give ownerTeamId)' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The team (agency) that owns it (or give ownerUserId)',
  })
  @IsOptional()
  @IsUUID()
  ownerTeamId?: string;

  @IsCalendarDate({ description: 'The day it is due by: today or later' })
  dueOn!: string;
}
