import { ApiProperty } from '@nestjs/swagger';
import type {
  ActionOriginView,
  ActionOwnersView,
  ActionsFromLastTimeView,
  ActionView,
  MyActionsView,
} from '@convene/contracts';
import {
  ACTION_ORIGINS,
  ACTION_STATUSES,
  type ActionOrigin,
  type ActionStanding,
  type ActionStatus,
} from '@convene/domain';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';

class ActionOwnerDto {
  @ApiProperty({ enum: ['person', 'team'] })
  kind!: 'person' | 'team';

  @ApiProperty({ format: 'uuid', required: false, description: 'For a person' })
  userId?: string;

  @ApiProperty({ format: 'uuid', required: false, description: 'For a team' })
  agencyId?: string;

  @ApiProperty()
  displayName!: string;
}

class ActionOriginDto implements ActionOriginView {
  @ApiProperty({ enum: ACTION_ORIGINS })
  kind!: ActionOrigin;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  meetingId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  meetingTitle!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  itemId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  adviceId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sampleId!: string | null;
}

export class ActionViewDto implements ActionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  what!: string;

  @ApiProperty({ type: ActionOwnerDto })
  owner!: ActionView['owner'];

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty({ enum: ACTION_STATUSES })
  status!: ActionStatus;

  @ApiProperty({ enum: ['closed', 'overdue', 'due_today', 'due_this_week', 'later'] })
  standing!: ActionStanding;

  @ApiProperty({ type: String, nullable: true, example: '3 days overdue' })
  dueInWords!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  childId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'EHC-24-0173' })
  caseReference!: string | null;

  @ApiProperty({ type: ActionOriginDto })
  origin!: ActionOriginDto;

  @ApiProperty({ type: PersonRefDto })
  createdBy!: PersonRefDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true })
  closingNote!: string | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  closedBy!: PersonRefDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;
}

export class MyActionsViewDto implements MyActionsView {
  @ApiProperty({ type: ActionViewDto, isArray: true })
  items!: ActionViewDto[];

  @ApiProperty()
  openCount!: number;

  @ApiProperty()
  overdueCount!: number;
}

class OwnerPersonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ description: 'Their team or service' })
  teamName!: string;
}

class OwnerTeamDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class ActionOwnersViewDto implements ActionOwnersView {
  @ApiProperty({ type: OwnerPersonDto, isArray: true })
  people!: OwnerPersonDto[];

  @ApiProperty({ type: OwnerTeamDto, isArray: true })
  teams!: OwnerTeamDto[];
}

/** A meeting named in a view: which sitting, and when. */
export class MeetingRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;
}

export class ActionsFromLastTimeViewDto implements ActionsFromLastTimeView {
  @ApiProperty({
    type: MeetingRefDto,
    nullable: true,
    description: "The group's previous sitting; null at its first",
  })
  previousMeeting!: MeetingRefDto | null;

  @ApiProperty({ type: ActionViewDto, isArray: true })
  items!: ActionViewDto[];

  @ApiProperty()
  openCount!: number;
}
