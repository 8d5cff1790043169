import { ApiProperty } from '@nestjs/swagger';
import type { MeetingMinutes, MinutesDelegatedDecision, MinutesItem } from '@convene/contracts';
import {
  AGENDA_ITEM_KINDS,
  AGENDA_ITEM_STATUSES,
  type AgendaItemKind,
  type AgendaItemStatus,
} from '@convene/domain';
import { WrittenDecisionForNotingDto } from '../written-procedures/written-procedures.dto.js';
import {
  DecisionCorrectionViewDto,
  ItemActionDto,
  SnapshotMeetingDto,
  TALLY,
} from './meeting-snapshot.dto.js';

export class MinutesMeetingDto extends SnapshotMeetingDto {
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  startedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  endedAt!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The English day it was scheduled for, when the chair started it on another',
  })
  startedOnAnotherDayThan!: string | null;

  @ApiProperty({ description: 'Items not dealt with when the chair ended it' })
  itemsNotReached!: number;
}

export class MinutesAttendanceDto {
  @ApiProperty({ type: String, isArray: true })
  present!: string[];

  @ApiProperty({ type: String, isArray: true })
  apologies!: string[];

  @ApiProperty({ type: String, isArray: true })
  absent!: string[];

  @ApiProperty({ type: String, isArray: true })
  expected!: string[];
}

export class MinutesDeclarationDto {
  @ApiProperty({ nullable: true, type: String })
  caseReference!: string | null;

  @ApiProperty()
  member!: string;

  @ApiProperty()
  reason!: string;
}

export class MinutesVoteDto {
  @ApiProperty()
  member!: string;

  @ApiProperty()
  choice!: string;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty()
  proxy!: boolean;
}

export class MinutesCriterionDto {
  @ApiProperty()
  text!: string;

  @ApiProperty({ nullable: true, type: Boolean })
  met!: boolean | null;
}

export class MinutesItemDto implements MinutesItem {
  @ApiProperty()
  position!: number;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  kind!: AgendaItemKind;

  @ApiProperty({ nullable: true, type: String })
  caseReference!: string | null;

  @ApiProperty({
    description:
      "Health Gateway: an item not triaged to the reader's team, shown without its case, reasons or votes",
  })
  forAnotherTeam!: boolean;

  @ApiProperty({ nullable: true, type: String })
  presenter!: string | null;

  @ApiProperty({ enum: AGENDA_ITEM_STATUSES })
  status!: AgendaItemStatus;

  @ApiProperty({ nullable: true, type: String })
  outcome!: string | null;

  @ApiProperty({ nullable: true, type: String })
  reasons!: string | null;

  @ApiProperty({ nullable: true, type: String })
  conditions!: string | null;

  @ApiProperty({ ...TALLY, nullable: true, description: 'Present only when the votes were revealed' })
  tally!: Record<string, number> | null;

  @ApiProperty({ nullable: true, type: MinutesVoteDto, isArray: true })
  votes!: MinutesVoteDto[] | null;

  @ApiProperty({ type: String, isArray: true })
  recused!: string[];

  @ApiProperty({ nullable: true, type: String })
  inquorateReason!: string | null;

  @ApiProperty({ nullable: true, type: String })
  deferredReason!: string | null;

  @ApiProperty({ nullable: true, type: String })
  withdrawnReason!: string | null;

  @ApiProperty({ type: MinutesCriterionDto, isArray: true })
  criteria!: MinutesCriterionDto[];

  @ApiProperty({ type: String, isArray: true, description: 'Why the chair opened voting again, in order' })
  votingReopenedReasons!: string[];

  @ApiProperty({
    type: DecisionCorrectionViewDto,
    isArray: true,
    description: 'Beside the decision as recorded, in order',
  })
  corrections!: DecisionCorrectionViewDto[];

  @ApiProperty({ type: ItemActionDto, isArray: true, description: 'Actions agreed on the item, in order' })
  actions!: ItemActionDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why the decision was recorded with threshold criteria not marked met',
  })
  criteriaNotMetReason!: string | null;
}

class MinutesDelegatedDecisionDto implements MinutesDelegatedDecision {
  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  kind!: AgendaItemKind;

  @ApiProperty()
  outcome!: string;

  @ApiProperty()
  reasons!: string;

  @ApiProperty({ description: 'Who decided it alone' })
  decidedBy!: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;
}

export class MeetingMinutesDto implements MeetingMinutes {
  @ApiProperty({ type: MinutesMeetingDto })
  meeting!: MinutesMeetingDto;

  @ApiProperty({ type: MinutesAttendanceDto })
  attendance!: MinutesAttendanceDto;

  @ApiProperty({ type: MinutesDeclarationDto, isArray: true })
  declarations!: MinutesDeclarationDto[];

  @ApiProperty({ type: MinutesItemDto, isArray: true })
  items!: MinutesItemDto[];

  @ApiProperty({
    type: WrittenDecisionForNotingDto,
    isArray: true,
    description:
      "At an ordinary sitting: the group's decisions taken in writing since it last sat, for noting",
  })
  writtenDecisions!: WrittenDecisionForNotingDto[];

  @ApiProperty({
    type: MinutesDelegatedDecisionDto,
    isArray: true,
    description: 'Noted: decided under the scheme of delegation since the group’s previous sitting',
  })
  decidedUnderDelegation!: MinutesDelegatedDecisionDto[];
}
