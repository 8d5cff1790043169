import type { ReassignAdvice, RespondToTriage, TriageAdvice } from '@convene/contracts';
import { ADVICE_RESPONSES, TRIAGE_PRIORITIES } from '@convene/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ItemCommandDto } from '../../../meetings/dto/meeting-commands.dto.js';

// Every advice gateway's socket commands, checked before anything runs: unknown fields are refused.

export class TriageAdviceDto extends ItemCommandDto implements TriageAdvice {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsUUID('all', { each: true })
  teamIds!: string[];

  @IsIn(ADVICE_RESPONSES)
  response!: TriageAdvice['response'];

  @IsIn(TRIAGE_PRIORITIES)
  priority!: TriageAdvice['priority'];
}

export class RespondToTriageDto extends ItemCommandDto implements RespondToTriage {
  @IsUUID()
  adviceRequestId!: string;

  @IsBoolean()
  accept!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReassignAdviceDto extends ItemCommandDto implements ReassignAdvice {
  @IsUUID()
  adviceRequestId!: string;

  @IsUUID()
  teamId!: string;

  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}
