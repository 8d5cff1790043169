import { ApiProperty } from '@nestjs/swagger';
import type { DisagreementView } from '@convene/contracts';
import {
  APPEALABLE_DECISIONS,
  COMPLAINT_STAGES,
  DISAGREEMENT_KINDS,
  TRIBUNAL_ORDER_KINDS,
  type AppealableDecision,
  type ComplaintStage,
  type DisagreementClock,
  type DisagreementClockState,
  type DisagreementKind,
  type TribunalOrderKind,
} from '@convene/domain';
import { EvidenceItemSummaryDto } from '../../cases/evidence/dto/evidence-item-summary.dto.js';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';
import { ORDER_SOURCES, type OrderSource } from '../disagreement.entity.js';

const date = (description?: string) =>
  ApiProperty({ type: String, format: 'date', nullable: true, ...(description ? { description } : {}) });

class DisagreementClockDto implements DisagreementClock {
  @ApiProperty({ example: 'The council sends its response to the appeal' })
  step!: string;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ example: 'HESC Rules 2008, r.21' })
  citation!: string;

  @ApiProperty({ enum: ['family', 'mediation_adviser', 'council'] })
  whose!: 'family' | 'mediation_adviser' | 'council';

  @date()
  doneOn!: string | null;

  @ApiProperty({ enum: ['done', 'done_late', 'due', 'overdue', 'ended'] })
  state!: DisagreementClockState;

  @ApiProperty({ description: 'Days from today to the limit: negative once past it' })
  daysLeft!: number;
}

class DisagreementOrderViewDto {
  @ApiProperty({ enum: TRIBUNAL_ORDER_KINDS })
  kind!: TribunalOrderKind;

  @ApiProperty({ format: 'date' })
  on!: string;

  @ApiProperty({ enum: ORDER_SOURCES })
  source!: OrderSource;
}

export class DisagreementViewDto implements DisagreementView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty({ enum: DISAGREEMENT_KINDS })
  kind!: DisagreementKind;

  @ApiProperty({ enum: APPEALABLE_DECISIONS, nullable: true })
  appealableDecision!: AppealableDecision | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  decisionItemId!: string | null;

  @ApiProperty({ format: 'date' })
  decisionNotifiedOn!: string;

  @ApiProperty({ format: 'date' })
  openedOn!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ enum: COMPLAINT_STAGES, nullable: true })
  complaintStage!: ComplaintStage | null;

  @date()
  mediationDeclinedOn!: string | null;

  @date()
  mediationRequestedOn!: string | null;

  @date()
  mediationHeldOn!: string | null;

  @date()
  certificateIssuedOn!: string | null;

  @date()
  appealSentToCouncilOn!: string | null;

  @date()
  responseSentOn!: string | null;

  @date()
  hearingOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;

  @date()
  outcomeOn!: string | null;

  @ApiProperty({ type: DisagreementOrderViewDto, nullable: true })
  order!: DisagreementOrderViewDto | null;

  @ApiProperty({ type: DisagreementClockDto, isArray: true })
  clocks!: DisagreementClockDto[];

  @ApiProperty({
    type: EvidenceItemSummaryDto,
    isArray: true,
    description: "The family's letters and the mediation or Tribunal papers filed on it, newest first",
  })
  documents!: EvidenceItemSummaryDto[];

  @ApiProperty({ type: PersonRefDto })
  recordedBy!: PersonRefDto;
}
