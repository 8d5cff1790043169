import { ApiProperty } from '@nestjs/swagger';
import type { ManagedUser } from '@convene/contracts';
import { AGENCY_KINDS, ROLES, type AgencyKind, type Role } from '@convene/domain';

export class UserAgencyDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  kind!: AgencyKind;
}

export class ManagedUserDto implements ManagedUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ nullable: true, type: String })
  jobTitle!: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ description: 'A deactivated user cannot sign in' })
  active!: boolean;

  @ApiProperty({ type: UserAgencyDto })
  agency!: UserAgencyDto;

  @ApiProperty({ description: 'Whether two-step sign-in is on' })
  twoStepOn!: boolean;
}
