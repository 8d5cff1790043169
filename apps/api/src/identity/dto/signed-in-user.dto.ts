import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS, ROLES, type AgencyKind, type Role } from '@convene/domain';
import type { SignedInUser } from '@convene/contracts';

export class SignedInUserDto implements SignedInUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  agencyKind!: AgencyKind;

  @ApiProperty({ description: 'Whether two-step sign-in is on for the account' })
  twoStepOn!: boolean;

  @ApiProperty({
    description:
      'An administrator without two-step sign-in, signed in with a password: they may only set it up',
  })
  mustEnrolTwoStep!: boolean;

  @ApiProperty({
    required: false,
    minimum: 0,
    description: 'Only after a password sign-in: failed sign-ins at the account since the previous sign-in',
  })
  failedAttemptsSinceLastSignIn?: number;
}
