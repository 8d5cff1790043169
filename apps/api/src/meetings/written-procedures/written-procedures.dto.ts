import { ApiProperty, IntersectionType, OmitType, PickType } from '@nestjs/swagger';
import type {
  ChairedGroup,
  PutInWriting,
  PutInWritingResult,
  RecordInWriting,
  RevealInWriting,
  VoteInWriting,
  VotingStatus,
  WrittenCommandResult,
  WrittenDecisionForNoting,
  WrittenProcedureSummary,
} from '@convene/contracts';
import { VOTING_STATUSES } from '@convene/contracts';
import {
  AGENDA_ITEM_KINDS,
  MEETING_KINDS,
  MEETING_MEMBER_ROLES,
  MEETING_STATUSES,
  type AgendaItemKind,
  type MeetingKind,
  type MeetingMemberRole,
  type MeetingStatus,
} from '@convene/domain';
import { IsISO8601, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import {
  AddAgendaItemDto,
  CastVoteDto,
  CloseVotingDto,
  RecordOutcomeDto,
} from '../dto/meeting-commands.dto.js';

/** The key of a request taken in steps: room is left for the engine's own key of each step (`<key>:start`). */
class WrittenStepKeyDto {
  @ApiProperty({
    minLength: 8,
    maxLength: 56,
    description: 'The same key on a retry: the request is acted on once',
  })
  @IsString()
  @Length(8, 56)
  idempotencyKey!: string;
}

export class PutInWritingDto
  extends IntersectionType(PickType(AddAgendaItemDto, ['caseReference', 'kind'] as const), WrittenStepKeyDto)
  implements PutInWriting
{
  @ApiProperty({ format: 'uuid', description: 'A meeting group you chair: its members are asked to respond' })
  @IsUUID()
  groupId!: string;

  @ApiProperty({ example: 'Agree an urgent assessment before the next panel?' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  question!: string;

  @ApiProperty({
    example: '2026-12-09T17:00:00Z',
    description: 'When responses close: from an hour to 28 days ahead',
  })
  @IsISO8601({ strict: true })
  respondBy!: string;
}

export class VoteInWritingDto
  extends OmitType(CastVoteDto, ['meetingId', 'onBehalfOf'] as const)
  implements VoteInWriting {}

export class RevealInWritingDto
  extends IntersectionType(
    OmitType(CloseVotingDto, ['meetingId', 'idempotencyKey'] as const),
    WrittenStepKeyDto,
  )
  implements RevealInWriting {}

export class RecordInWritingDto
  extends IntersectionType(
    OmitType(RecordOutcomeDto, ['meetingId', 'idempotencyKey'] as const),
    WrittenStepKeyDto,
  )
  implements RecordInWriting {}

export class PutInWritingResultDto implements PutInWritingResult {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty({ format: 'uuid', description: 'The case put to the members' })
  itemId!: string;
}

export class WrittenCommandResultDto implements WrittenCommandResult {
  @ApiProperty({ description: "The meeting's version after the command" })
  version!: number;
}

export class ChairedGroupDto implements ChairedGroup {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MEETING_KINDS })
  kind!: MeetingKind;

  @ApiProperty()
  name!: string;
}

export class WrittenProcedureSummaryDto implements WrittenProcedureSummary {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty({ enum: MEETING_KINDS })
  kind!: MeetingKind;

  @ApiProperty()
  question!: string;

  @ApiProperty({ enum: MEETING_STATUSES })
  status!: MeetingStatus;

  @ApiProperty({ format: 'date-time' })
  respondBy!: string;

  @ApiProperty({ enum: MEETING_MEMBER_ROLES })
  yourRole!: MeetingMemberRole;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  itemId!: string | null;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS, nullable: true })
  itemKind!: AgendaItemKind | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null on a restricted item you may not see' })
  caseReference!: string | null;

  @ApiProperty({ enum: VOTING_STATUSES, nullable: true })
  votingStatus!: VotingStatus | null;

  @ApiProperty()
  youHaveVoted!: boolean;

  @ApiProperty({ type: String, nullable: true })
  outcome!: string | null;
}

export class WrittenDecisionForNotingDto implements WrittenDecisionForNoting {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty()
  question!: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  itemKind!: AgendaItemKind;

  @ApiProperty({ type: String, nullable: true, description: 'Null on a restricted item you may not see' })
  caseReference!: string | null;

  @ApiProperty()
  outcome!: string;

  @ApiProperty()
  reasons!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'How many members chose each outcome',
  })
  tally!: Record<string, number>;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;
}
