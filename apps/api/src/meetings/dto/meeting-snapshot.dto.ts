import { ApiProperty, OmitType, PickType } from '@nestjs/swagger';
import {
  ATTENDANCE,
  VOTING_STATUSES,
  type Attendance,
  type DecisionCorrectionView,
  type ItemAction,
  type ItemQuality,
  type JointFundingView,
  type MeetingSnapshot,
  type RevealedVote,
  type SnapshotItem,
  type SnapshotMember,
  type TriageAssignment,
  type VotingStatus,
} from '@convene/contracts';
import {
  ADVICE_RESPONSES,
  AGENDA_ITEM_KINDS,
  AGENDA_ITEM_STATUSES,
  JOINT_FUNDING_PARTIES,
  MEETING_MEMBER_ROLES,
  TEAM_RESPONSES,
  TRIAGE_PRIORITIES,
  type AdviceResponse,
  type AgendaItemKind,
  type AgendaItemStatus,
  type JointFundingParty,
  type MeetingMemberRole,
  type TeamResponse,
  type TriagePriority,
} from '@convene/domain';
import { MeetingListItemDto } from './meeting-list-item.dto.js';
import { PanelRequestViewDto } from '../../panels/decision-making/panel-requests/panel-request-view.dto.js';
import { NamedScoreDto, OwnScoreDto } from '../../panels/quality/dto/sample-plan-review.dto.js';
import { WeeklyOrderReasonDto } from '../../panels/weekly-orders/dto/weekly-order-reason.dto.js';

/** A record of names to counts: how many chose each choice. */
export const TALLY = {
  type: 'object',
  additionalProperties: { type: 'number' },
  description: 'How many chose each choice',
} as const;

/** The meeting as the room sees it: what a meeting list shows of it (one definition), and the room's own state. */
export class SnapshotMeetingDto extends PickType(MeetingListItemDto, [
  'id',
  'kind',
  'title',
  'status',
  'startsAt',
  'endsAt',
  'theme',
] as const) {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  currentItemId!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the room moved to the current item (for the chair’s item timer)',
  })
  currentItemSince!: string | null;

  @ApiProperty({ description: 'The sequence of the last event: the next event is `sequence + 1`' })
  sequence!: number;

  @ApiProperty()
  quorum!: number;

  @ApiProperty()
  reasonRequired!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description:
      'Held in writing: the members respond from their own page by this time. Null: a sitting in the room',
  })
  respondBy!: string | null;
}

export class RaisedHandDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ format: 'date-time' })
  raisedAt!: string;
}

export class SnapshotYouDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ enum: MEETING_MEMBER_ROLES })
  role!: MeetingMemberRole;
}

export class SnapshotMemberDto implements SnapshotMember {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: MEETING_MEMBER_ROLES })
  role!: MeetingMemberRole;

  @ApiProperty({ enum: ATTENDANCE })
  attendance!: Attendance;
}

export class PanelRequestDetailsDto extends OmitType(PanelRequestViewDto, [
  'status',
  'raisedBy',
  'raisedAt',
  'decidedOn',
] as const) {}

export class PresenterDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}

export class RecusalDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  reason!: string;
}

export class YourVoteDto {
  @ApiProperty()
  choice!: string;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;
}

export class RevealedVoteDto implements RevealedVote {
  @ApiProperty({ format: 'uuid' })
  voterId!: string;

  @ApiProperty()
  choice!: string;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The chair who cast it for an absent member',
  })
  proxyCastBy!: string | null;
}

export class RecordedOutcomeDto {
  @ApiProperty()
  outcome!: string;

  @ApiProperty()
  reasons!: string;

  @ApiProperty({ nullable: true, type: String })
  conditions!: string | null;
}

export class ItemActionDto implements ItemAction {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'EP to see the child before the next panel' })
  what!: string;

  @ApiProperty({ description: "The person's or the team's name" })
  owner!: string;

  @ApiProperty({ enum: ['person', 'team'] })
  ownerKind!: 'person' | 'team';

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ description: 'Who agreed it in the room, by name' })
  addedBy!: string;
}

export class DecisionCorrectionViewDto implements DecisionCorrectionView {
  @ApiProperty()
  reasons!: string;

  @ApiProperty({ nullable: true, type: String })
  conditions!: string | null;

  @ApiProperty({ description: 'Why it was corrected' })
  correctionReason!: string;

  @ApiProperty({ format: 'date-time' })
  correctedAt!: string;

  @ApiProperty({ description: 'The chair who corrected it, by name' })
  correctedBy!: string;
}

export class RevealedScoreDto extends OmitType(NamedScoreDto, ['reviewerName'] as const) {}

export class ItemQualityDto implements ItemQuality {
  @ApiProperty({ nullable: true, type: OwnScoreDto })
  yourScore!: OwnScoreDto | null;

  @ApiProperty({
    nullable: true,
    type: RevealedScoreDto,
    isArray: true,
    description: 'Null before the reveal',
  })
  scores!: RevealedScoreDto[] | null;

  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'Reviewers two or more grades apart: to be moderated. Null before the reveal',
  })
  disagreement!: boolean | null;
}

export class JointFundingShareViewDto {
  @ApiProperty({ enum: JOINT_FUNDING_PARTIES })
  party!: JointFundingParty;

  @ApiProperty({ description: 'A year, in whole pence' })
  amountPence!: number;

  @ApiProperty({ enum: ['pending', 'consent', 'decline'] })
  answer!: 'pending' | 'consent' | 'decline';

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;
}

export class JointFundingViewDto implements JointFundingView {
  @ApiProperty()
  summary!: string;

  @ApiProperty({ description: 'A year’s cost, in whole pence' })
  totalPence!: number;

  @ApiProperty({ type: JointFundingShareViewDto, isArray: true })
  shares!: JointFundingShareViewDto[];
}

export class TeamRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class TriageAssignmentDto implements TriageAssignment {
  @ApiProperty({ format: 'uuid' })
  adviceRequestId!: string;

  @ApiProperty({ type: TeamRefDto })
  team!: TeamRefDto;

  @ApiProperty({ enum: ADVICE_RESPONSES })
  response!: AdviceResponse;

  @ApiProperty({ enum: TRIAGE_PRIORITIES })
  priority!: TriagePriority;

  @ApiProperty({ enum: TEAM_RESPONSES })
  teamResponse!: TeamResponse;

  @ApiProperty({ nullable: true, type: String })
  teamResponseReason!: string | null;

  @ApiProperty({ description: 'How many times it was moved to another team' })
  reassignments!: number;

  @ApiProperty({ format: 'date', description: '6 weeks from the request for advice (reg 8(1))' })
  dueOn!: string;
}

export class SnapshotCriterionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ nullable: true, type: Boolean, description: 'Null: not yet marked' })
  met!: boolean | null;
}

export class SnapshotItemDto implements SnapshotItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  kind!: AgendaItemKind;

  @ApiProperty({ enum: AGENDA_ITEM_STATUSES })
  status!: AgendaItemStatus;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pseudonymous; null on a restricted item you may not see',
  })
  caseReference!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  childId!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  requestId!: string | null;

  @ApiProperty({
    nullable: true,
    type: PanelRequestDetailsDto,
    description: 'For a change of placement, funding or a personal budget: what is asked for',
  })
  panelRequest!: PanelRequestDetailsDto | null;

  @ApiProperty()
  restricted!: boolean;

  @ApiProperty({
    description:
      'Health Gateway: true for a health team representative on an item not triaged to their team; its case, request and advice are then null or empty',
  })
  forAnotherTeam!: boolean;

  @ApiProperty({ nullable: true, type: PresenterDto })
  presenter!: PresenterDto | null;

  @ApiProperty({ enum: VOTING_STATUSES })
  votingStatus!: VotingStatus;

  @ApiProperty({ type: String, isArray: true })
  choices!: string[];

  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Who has voted, never what they chose before the reveal',
  })
  voterIds!: string[];

  @ApiProperty({ type: RecusalDto, isArray: true })
  recused!: RecusalDto[];

  @ApiProperty({ nullable: true, type: YourVoteDto, description: 'Your own current vote on this item' })
  yourVote!: YourVoteDto | null;

  @ApiProperty({
    nullable: true,
    type: RevealedVoteDto,
    isArray: true,
    description: 'Filled only after the reveal',
  })
  votes!: RevealedVoteDto[] | null;

  @ApiProperty({ ...TALLY, nullable: true })
  tally!: Record<string, number> | null;

  @ApiProperty({
    nullable: true,
    type: RecordedOutcomeDto,
    description: 'As recorded; corrections of its reasons follow in `corrections`',
  })
  outcome!: RecordedOutcomeDto | null;

  @ApiProperty({ type: DecisionCorrectionViewDto, isArray: true })
  corrections!: DecisionCorrectionViewDto[];

  @ApiProperty({ type: ItemActionDto, isArray: true, description: 'Actions agreed on the item, in order' })
  actions!: ItemActionDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why the decision was recorded with threshold criteria not marked met',
  })
  criteriaNotMetReason!: string | null;

  @ApiProperty({ nullable: true, type: String })
  inquorateReason!: string | null;

  @ApiProperty({ nullable: true, type: String })
  deferredReason!: string | null;

  @ApiProperty({ nullable: true, type: String })
  withdrawnReason!: string | null;

  @ApiProperty({
    nullable: true,
    type: ItemQualityDto,
    description: 'Dip-sample and advice-audit items; null on other items',
  })
  quality!: ItemQualityDto | null;

  @ApiProperty({
    nullable: true,
    type: JointFundingViewDto,
    description: 'Joint funding items, once proposed; null otherwise',
  })
  jointFunding!: JointFundingViewDto | null;

  @ApiProperty({
    nullable: true,
    type: TriageAssignmentDto,
    isArray: true,
    description: 'Health Gateway triage items: empty until triaged; null on other items',
  })
  advice!: TriageAssignmentDto[] | null;

  @ApiProperty({
    nullable: true,
    type: WeeklyOrderReasonDto,
    isArray: true,
    description: 'Weekly Orders items: why the child is on this week, most urgent first; null on other items',
  })
  weeklyOrders!: WeeklyOrderReasonDto[] | null;

  @ApiProperty({
    type: SnapshotCriterionDto,
    isArray: true,
    description: 'The threshold criteria for this kind of decision',
  })
  criteria!: SnapshotCriterionDto[];

  @ApiProperty({ description: 'The chair’s, or the default for its kind' })
  allowanceMinutes!: number;

  @ApiProperty({ type: String, isArray: true, description: 'Why the chair opened voting again, in order' })
  votingReopenedReasons!: string[];
}

export class MeetingSnapshotDto implements MeetingSnapshot {
  @ApiProperty({ type: SnapshotMeetingDto })
  meeting!: SnapshotMeetingDto;

  @ApiProperty({ type: RaisedHandDto, isArray: true, description: 'Raised hands, first raised first' })
  hands!: RaisedHandDto[];

  @ApiProperty({ type: SnapshotYouDto })
  you!: SnapshotYouDto;

  @ApiProperty({ type: SnapshotMemberDto, isArray: true })
  members!: SnapshotMemberDto[];

  @ApiProperty({ type: String, isArray: true, description: 'Everyone connected to the meeting now' })
  present!: string[];

  @ApiProperty({ type: SnapshotItemDto, isArray: true })
  agenda!: SnapshotItemDto[];
}
