import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_KINDS, type AgencyKind } from '@convene/domain';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateAgencyDto {
  @ApiProperty({ example: 'dietetics' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'code must be lower-case letters, digits and underscores' })
  code!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;
}

export class ChangeAgencyDto {
  @ApiPropertyOptional({ description: 'A new name; the code and kind stay' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ description: 'true retires it (no new users); false brings it back into use' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;
}
