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
  MarkCriterion,
  OpenVoting,
  RecordOutcome,
  ReorderAgenda,
  RevealVotes,
  StartMeeting,
  WithdrawAgendaItem,
  TriageAdvice,
  RespondToTriage,
  ReassignAdvice,
  SubmitScore,
  ProposeJointFunding,
  AnswerJointFunding,
  ReopenVoting,
  RaiseHand,
  LowerHand,
  SetItemAllowance,
  CorrectOutcome,
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
import {
  ADVICE_RESPONSES,
  ITEM_ALLOWANCE_LIMITS,
  JOINT_FUNDING_PARTIES,
  QUALITY_GRADES,
  TRIAGE_PRIORITIES,
} from '@convene/domain';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateNested } from 'class-validator';

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

class ItemCommandDto extends CommandDto {
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

export class MarkCriterionDto extends ItemCommandDto implements MarkCriterion {
  @IsUUID()
  criterionId!: string;

  @IsBoolean()
  met!: boolean;
}

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

export class SubmitScoreDto extends ItemCommandDto implements SubmitScore {
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  metCriterionIds!: string[];

  @IsOptional()
  @IsIn(QUALITY_GRADES)
  grade?: SubmitScore['grade'];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string;
}

class JointFundingShareDto {
  @IsIn(JOINT_FUNDING_PARTIES)
  party!: ProposeJointFunding['shares'][number]['party'];

  @IsInt()
  @Min(0)
  @Max(100_000_000)
  amountPence!: number;
}

export class ProposeJointFundingDto extends ItemCommandDto implements ProposeJointFunding {
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  summary!: string;

  @IsInt()
  @Min(1)
  @Max(300_000_000)
  totalPence!: number;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => JointFundingShareDto)
  shares!: JointFundingShareDto[];
}

export class AnswerJointFundingDto extends ItemCommandDto implements AnswerJointFunding {
  @IsIn(JOINT_FUNDING_PARTIES)
  party!: AnswerJointFunding['party'];

  @IsBoolean()
  consent!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
