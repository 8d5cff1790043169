import { ApiProperty } from '@nestjs/swagger';
import type { InvitablePerson, MeetingInvitation } from '@convene/contracts';
import { MEETING_MEMBER_ROLES, type MeetingMemberRole } from '@convene/domain';
import { IsIn, IsUUID } from 'class-validator';

export class MeetingInvitationDto implements MeetingInvitation {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: MEETING_MEMBER_ROLES, description: 'Their part in this one meeting' })
  @IsIn(MEETING_MEMBER_ROLES)
  role!: MeetingMemberRole;
}

export class InvitablePersonDto implements InvitablePerson {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ type: String, nullable: true })
  jobTitle!: string | null;

  @ApiProperty({ description: 'The agency they belong to' })
  agency!: string;
}
