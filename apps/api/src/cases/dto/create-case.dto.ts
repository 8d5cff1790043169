import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_YEAR_GROUP,
  MIN_YEAR_GROUP,
  NEED_AREAS,
  REQUEST_SOURCES,
  VULNERABILITY_MARKERS,
  type NeedArea,
  type RequestSource,
  type VulnerabilityMarker,
} from '@convene/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from './calendar-date.decorator.js';

export class NewRequestDto {
  @IsCalendarDate({ description: 'Day one of the statutory clock' })
  receivedOn!: string;

  @ApiProperty({ enum: REQUEST_SOURCES })
  @IsIn(REQUEST_SOURCES)
  source!: RequestSource;
}

export class CreateCaseDto {
  @ApiPropertyOptional({ example: 'EHC-26-0001', description: 'Given by the council; made up when left out' })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9-]{2,39}$/, {
    message: 'caseReference may contain capital letters, digits and dashes',
  })
  caseReference?: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  givenName!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  familyName!: string;

  @IsCalendarDate()
  dateOfBirth!: string;

  @ApiProperty({ minimum: MIN_YEAR_GROUP, maximum: MAX_YEAR_GROUP })
  @IsInt()
  @Min(MIN_YEAR_GROUP)
  @Max(MAX_YEAR_GROUP)
  yearGroup!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  settingName?: string;

  @ApiProperty({ example: 'northdale' })
  @IsString()
  @Matches(/^[a-z0-9_]{1,40}$/)
  localityCode!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  familyLinkOfficerId?: string;

  @ApiProperty({ enum: NEED_AREAS })
  @IsIn(NEED_AREAS)
  primaryNeed!: NeedArea;

  @ApiProperty({ enum: VULNERABILITY_MARKERS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(VULNERABILITY_MARKERS.length)
  @IsIn(VULNERABILITY_MARKERS, { each: true })
  vulnerabilityMarkers: VulnerabilityMarker[] = [];

  @ApiProperty({ type: NewRequestDto })
  // ValidateNested alone passes a missing request, or an array of valid ones: either then failed as a 500.
  @IsObject()
  @ValidateNested()
  @Type(() => NewRequestDto)
  request!: NewRequestDto;
}
