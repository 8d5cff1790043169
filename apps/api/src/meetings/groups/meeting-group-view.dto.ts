import { ApiProperty } from '@nestjs/swagger';
import type { MeetingGroupView } from '@convene/contracts';
import {
  MEETING_KINDS,
  MEETING_MEMBER_ROLES,
  type MeetingKind,
  type MeetingMemberRole,
} from '@convene/domain';

export class MeetingGroupMemberDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: MEETING_MEMBER_ROLES, description: 'Their part in every sitting of the panel' })
  role!: MeetingMemberRole;
}

export class MeetingGroupViewDto implements MeetingGroupView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MEETING_KINDS, description: 'The panel whose sittings invite this group' })
  kind!: MeetingKind;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: MeetingGroupMemberDto, isArray: true })
  members!: MeetingGroupMemberDto[];

  @ApiProperty({
    description: 'Sittings of this kind arranged and not yet started, to which a new member may be invited',
  })
  scheduledMeetings!: number;
}
