import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OpenDisagreement } from '@convene/contracts';
import {
  APPEALABLE_DECISIONS,
  COMPLAINT_STAGES,
  DISAGREEMENT_KINDS,
  DISAGREEMENT_SUMMARY_MAX_LENGTH,
  type AppealableDecision,
  type ComplaintStage,
  type DisagreementKind,
} from '@convene/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class OpenDisagreementDto implements OpenDisagreement {
  @ApiProperty({ enum: DISAGREEMENT_KINDS })
  @IsIn(DISAGREEMENT_KINDS)
  kind!: DisagreementKind;

  @ApiPropertyOptional({ enum: APPEALABLE_DECISIONS, description: 'Required for mediation and an appeal' })
  @IsOptional()
  @IsIn(APPEALABLE_DECISIONS)
  appealableDecision?: AppealableDecision;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The panel's decision, an agenda item of this child's case",
  })
  @IsOptional()
  @IsUUID()
  decisionItemId?: string;

  @IsCalendarDate({ description: 'The day written notice of the decision was sent to the family' })
  decisionNotifiedOn!: string;

  @IsCalendarDate({
    description: 'The complaint received, the mediation adviser contacted, or the appeal registered',
  })
  openedOn!: string;

  @ApiProperty({
    maxLength: DISAGREEMENT_SUMMARY_MAX_LENGTH,
    example: 'Disagrees with the refusal to assess',
  })
  @IsString()
  @IsNotEmpty({ message: 'Say what the family disagrees with' })
  @MaxLength(DISAGREEMENT_SUMMARY_MAX_LENGTH)
  summary!: string;

  @ApiPropertyOptional({ enum: COMPLAINT_STAGES })
  @IsOptional()
  @IsIn(COMPLAINT_STAGES)
  complaintStage?: ComplaintStage;
}
