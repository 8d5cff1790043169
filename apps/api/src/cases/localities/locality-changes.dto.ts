import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

const NAME = { minLength: 1, maxLength: 120 };
/** More Family Link Officers than any council has in one area. */
const MAX_OFFICERS = 200;

export class AddLocalityDto {
  @ApiProperty({ example: 'northdale', description: 'Used in the CSV import of cases (locality_code)' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'code must be lower-case letters, digits and underscores' })
  code!: string;

  @ApiProperty({ example: 'Northdale' })
  @IsString()
  @MinLength(NAME.minLength)
  @MaxLength(NAME.maxLength)
  name!: string;

  @ApiPropertyOptional({ description: 'The vulnerable-pupils team that works across the areas' })
  @IsOptional()
  @IsBoolean()
  isVulnerablePupilsTeam?: boolean;

  @ApiPropertyOptional({
    description: 'The Family Link Officers who work in it (users with the presenter role)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OFFICERS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  familyLinkOfficerIds?: string[];
}

export class ChangeLocalityDto {
  @ApiPropertyOptional({ description: 'A new name; the code stays, as imports and records use it' })
  @IsOptional()
  @IsString()
  @MinLength(NAME.minLength)
  @MaxLength(NAME.maxLength)
  name?: string;

  @ApiPropertyOptional({ description: 'true retires it (no new cases); false brings it back into use' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;

  @ApiPropertyOptional({ description: 'Its Family Link Officers from now on (the whole list)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OFFICERS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  familyLinkOfficerIds?: string[];
}
