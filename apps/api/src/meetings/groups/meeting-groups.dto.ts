import { ApiProperty } from '@nestjs/swagger';
import {
  MEETING_KINDS,
  MEETING_MEMBER_ROLES,
  type MeetingKind,
  type MeetingMemberRole,
} from '@convene/domain';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateMeetingGroupDto {
  @ApiProperty({ enum: MEETING_KINDS })
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @ApiProperty({ example: 'Decision-Making Group (Wednesdays)' })
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  name!: string;
}

export class SetGroupMemberDto {
  @ApiProperty({ enum: MEETING_MEMBER_ROLES })
  @IsIn(MEETING_MEMBER_ROLES)
  role!: MeetingMemberRole;

  @ApiProperty({
    required: false,
    description:
      "Also invite them, in the same part, to the panel's sittings arranged and not yet started (where not invited already)",
  })
  @IsOptional()
  @IsBoolean()
  inviteToScheduled?: boolean;
}
