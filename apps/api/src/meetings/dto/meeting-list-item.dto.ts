import { ApiProperty } from '@nestjs/swagger';
import type { MeetingListItem } from '@convene/contracts';
import {
  MEETING_KINDS,
  MEETING_MEMBER_ROLES,
  MEETING_STATUSES,
  type MeetingKind,
  type MeetingMemberRole,
  type MeetingStatus,
} from '@convene/domain';

export class MeetingListItemDto implements MeetingListItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MEETING_KINDS })
  kind!: MeetingKind;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: MEETING_STATUSES })
  status!: MeetingStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The month's Big Theme, at the Quality and Compliance Group",
  })
  theme!: string | null;

  @ApiProperty({ enum: MEETING_MEMBER_ROLES })
  yourRole!: MeetingMemberRole;

  @ApiProperty({ description: 'Items on its agenda' })
  itemCount!: number;
}
