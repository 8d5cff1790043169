import { ApiProperty } from '@nestjs/swagger';
import type { LocalityView, ManagedLocality } from '@convene/contracts';

export class LocalityViewDto implements LocalityView {
  @ApiProperty({ example: 'northdale' })
  code!: string;

  @ApiProperty({ example: 'Northdale' })
  name!: string;

  @ApiProperty({ description: 'The vulnerable-pupils team, listed after the four areas' })
  isVulnerablePupilsTeam!: boolean;

  @ApiProperty({ description: 'Retired: its children keep it, but it is not offered for new cases' })
  retired!: boolean;
}

class FamilyLinkOfficerRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Nova Inkpot' })
  displayName!: string;
}

export class ManagedLocalityDto extends LocalityViewDto implements ManagedLocality {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: FamilyLinkOfficerRefDto, isArray: true })
  familyLinkOfficers!: FamilyLinkOfficerRefDto[];

  @ApiProperty({ description: 'Children recorded in it: a locality with any is retired, never deleted' })
  children!: number;
}
