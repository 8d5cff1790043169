import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordDisagreementStep } from '@convene/contracts';
import {
  COMPLAINT_STAGES,
  DISAGREEMENT_OUTCOMES,
  TRIBUNAL_ORDER_KINDS,
  type ComplaintStage,
  type TribunalOrderKind,
} from '@convene/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';
import { ORDER_SOURCES, type OrderSource } from '../disagreement.entity.js';

const EVERY_OUTCOME = [...new Set(Object.values(DISAGREEMENT_OUTCOMES).flat())];

class DisagreementOrderDto {
  @ApiProperty({ enum: TRIBUNAL_ORDER_KINDS })
  @IsIn(TRIBUNAL_ORDER_KINDS)
  kind!: TribunalOrderKind;

  @IsCalendarDate({
    description: 'The day of the order, the mediation agreement or the notice not to oppose',
  })
  on!: string;

  @ApiProperty({ enum: ORDER_SOURCES })
  @IsIn(ORDER_SOURCES)
  source!: OrderSource;
}

export class RecordDisagreementStepDto implements RecordDisagreementStep {
  @ApiPropertyOptional({ enum: COMPLAINT_STAGES })
  @IsOptional()
  @IsIn(COMPLAINT_STAGES)
  complaintStage?: ComplaintStage;

  @IsOptional()
  @IsCalendarDate({
    optional: true,
    description: 'The family told the mediation adviser they will not mediate',
  })
  mediationDeclinedOn?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'The family told the council they wish to mediate' })
  mediationRequestedOn?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true })
  mediationHeldOn?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true })
  certificateIssuedOn?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'The Tribunal sent the appeal to the council' })
  appealSentToCouncilOn?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true })
  responseSentOn?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'The hearing, which may be to come' })
  hearingOn?: string;

  @ApiPropertyOptional({ enum: EVERY_OUTCOME, description: "One of the kind's outcomes; with outcomeOn" })
  @IsOptional()
  @IsIn(EVERY_OUTCOME)
  outcome?: string;

  @IsOptional()
  @IsCalendarDate({ optional: true })
  outcomeOn?: string;

  @ApiPropertyOptional({ type: DisagreementOrderDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisagreementOrderDto)
  order?: DisagreementOrderDto;
}
