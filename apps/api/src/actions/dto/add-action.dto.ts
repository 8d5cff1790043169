import type { AddAction } from '@convene/contracts';
import { ACTION_TEXT_MAX_LENGTH } from '@convene/domain';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsISO8601 } from 'class-validator';
import { ItemCommandDto } from '../../meetings/dto/meeting-commands.dto.js';

/** `action.add`: an action agreed on an agenda item in the room. */
export class AddActionDto extends ItemCommandDto implements AddAction {
  @IsString()
  @IsNotEmpty({ message: 'Say what is to be done' })
  @MaxLength(ACTION_TEXT_MAX_LENGTH)
  what!: string;

  @IsOptional()
  @IsUUID()
  ownerUserId?: string;

  @IsOptional()
  @IsUUID()
  ownerTeamId?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date like 2026-03-02' })
  @IsISO8601({ strict: true }, { message: 'dueOn must be a real calendar date' })
  dueOn!: string;
}
