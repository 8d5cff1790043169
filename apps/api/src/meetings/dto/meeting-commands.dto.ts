import type {
  AddAgendaItem,
  AdvanceAgenda,
  ArriveAtMeeting,
  CastVote,
  CloseVoting,
  DeclareInterest,
  DeferItem,
  EndMeeting,
  JoinMeeting,
  MarkAttendance,
  OpenVoting,
  RecordOutcome,
  ReorderAgenda,
  RevealVotes,
  StartMeeting,
  WithdrawAgendaItem,
  ReopenVoting,
  RaiseHand,
  LowerHand,
  SetItemAllowance,
  CorrectOutcome,
  InviteToMeeting,
} from '@convene/contracts';
import { ATTENDANCE, type Attendance } from '@convene/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ITEM_ALLOWANCE_LIMITS } from '@convene/domain';
import { IsInt, Max, Min } from 'class-validator';

const ADDABLE_KINDS: readonly AddAgendaItem['kind'][] = [
  'decision_to_assess',
  'decision_to_issue',
  'placement_change',
  'funding',
  'personal_budget',
  'advice_triage',
  'health_funding',
  'joint_funding',
];

// One class per socket command, checked before anything runs: unknown fields are refused.

export class JoinMeetingDto implements JoinMeeting {
  @IsUUID()
  meetingId!: string;
}

class CommandDto {
  @IsUUID()
  meetingId!: string;

  @IsString()
  @Length(8, 64)
  idempotencyKey!: string;
}

export class ItemCommandDto extends CommandDto {
  @IsUUID()
  itemId!: string;
}

export class StartMeetingDto extends CommandDto implements StartMeeting {
  @IsOptional()
  @IsBoolean()
  confirmOtherDay?: boolean;
}

export class EndMeetingDto extends CommandDto implements EndMeeting {
  @IsOptional()
  @IsBoolean()
  confirmItemsNotReached?: boolean;
}
export class ArriveAtMeetingDto extends CommandDto implements ArriveAtMeeting {}

/** A part someone may be invited to from the room: a meeting keeps the one chair it was arranged with. */
const INVITED_PARTS = ['member', 'presenter', 'observer'] as const;

export class InviteToMeetingDto extends CommandDto implements InviteToMeeting {
  @IsUUID()
  userId!: string;

  @IsIn(INVITED_PARTS)
  role!: (typeof INVITED_PARTS)[number];
}

export class MarkAttendanceDto extends CommandDto implements MarkAttendance {
  @IsUUID()
  userId!: string;

  @IsIn(ATTENDANCE)
  attendance!: Attendance;
}

export class ReorderAgendaDto extends CommandDto implements ReorderAgenda {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  itemIds!: string[];
}

export class AdvanceAgendaDto extends ItemCommandDto implements AdvanceAgenda {}

export class AddAgendaItemDto extends CommandDto implements AddAgendaItem {
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  caseReference!: string;

  @IsIn(ADDABLE_KINDS)
  kind!: AddAgendaItem['kind'];
}

export class WithdrawAgendaItemDto extends ItemCommandDto implements WithdrawAgendaItem {
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}
export class OpenVotingDto extends ItemCommandDto implements OpenVoting {}
export class RevealVotesDto extends ItemCommandDto implements RevealVotes {}

export class ReopenVotingDto extends ItemCommandDto implements ReopenVoting {
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class RaiseHandDto extends CommandDto implements RaiseHand {}

export class LowerHandDto extends CommandDto implements LowerHand {
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class SetItemAllowanceDto extends ItemCommandDto implements SetItemAllowance {
  @IsInt()
  @Min(ITEM_ALLOWANCE_LIMITS.min)
  @Max(ITEM_ALLOWANCE_LIMITS.max)
  minutes!: number;
}

export class DeclareInterestDto extends ItemCommandDto implements DeclareInterest {
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class CastVoteDto extends ItemCommandDto implements CastVote {
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  choice!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @IsOptional()
  @IsUUID()
  onBehalfOf?: string;
}

export class CloseVotingDto extends ItemCommandDto implements CloseVoting {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  inquorateReason?: string;
}

export class RecordOutcomeDto extends ItemCommandDto implements RecordOutcome {
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  outcome!: string;

  @IsString()
  @MinLength(3, { message: 'reasons are required: a decision is never recorded without them' })
  @MaxLength(5000)
  reasons!: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  conditions?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  criteriaNotMetReason?: string;
}

export class CorrectOutcomeDto extends ItemCommandDto implements CorrectOutcome {
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  reasons!: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  conditions?: string;

  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  correctionReason!: string;
}

export class DeferItemDto extends ItemCommandDto implements DeferItem {
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}
