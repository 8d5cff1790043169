import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateSen2ReturnDetails } from '@convene/contracts';
import {
  SEN2_CEASE_REASONS,
  SEN2_ETHNICITIES,
  SEN2_SEN_TYPES,
  SEN2_SEXES,
  SEN2_UPN_UNKNOWN_REASONS,
  type Sen2CeaseReason,
  type Sen2Ethnicity,
  type Sen2SenType,
  type Sen2Sex,
  type Sen2UpnUnknown,
} from '@convene/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../dto/calendar-date.decorator.js';

/** Each field given is set; null clears it; a field left out stays as it is. */
export class UpdateReturnDetailsDto implements UpdateSen2ReturnDetails {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'L201234567890',
    description: 'Unique pupil number',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @Matches(/^\s*[A-Za-z]\d{11}[A-Za-z\d]\s*$/, {
    message: 'upn must be a letter, 11 digits and a digit or letter',
  })
  upn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1234567890',
    description: 'Unique learner number',
  })
  @IsOptional()
  @Matches(/^\d{10}$/, { message: 'uln must be 10 digits' })
  uln?: string | null;

  @ApiPropertyOptional({ enum: SEN2_UPN_UNKNOWN_REASONS, nullable: true, description: 'Why there is no UPN' })
  @IsOptional()
  @IsIn(SEN2_UPN_UNKNOWN_REASONS)
  upnUnknown?: Sen2UpnUnknown | null;

  @ApiPropertyOptional({ enum: SEN2_SEXES, nullable: true })
  @IsOptional()
  @IsIn(SEN2_SEXES)
  sex?: Sen2Sex | null;

  @ApiPropertyOptional({ enum: SEN2_ETHNICITIES, nullable: true })
  @IsOptional()
  @IsIn(SEN2_ETHNICITIES)
  ethnicity?: Sen2Ethnicity | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10, example: 'NE1 4ST' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string | null;

  @ApiPropertyOptional({ enum: SEN2_SEN_TYPES, nullable: true, description: 'Primary type of need (rank 1)' })
  @IsOptional()
  @IsIn(SEN2_SEN_TYPES)
  senType?: Sen2SenType | null;

  @ApiPropertyOptional({
    enum: SEN2_SEN_TYPES,
    nullable: true,
    description: 'Secondary type of need (rank 2)',
  })
  @IsOptional()
  @IsIn(SEN2_SEN_TYPES)
  secondSenType?: Sen2SenType | null;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'The day the latest plan ceased; null clears it' })
  planCeasedOn?: string | null;

  @ApiPropertyOptional({ enum: SEN2_CEASE_REASONS, nullable: true, description: 'Why the plan ceased' })
  @IsOptional()
  @IsIn(SEN2_CEASE_REASONS)
  planCeaseReason?: Sen2CeaseReason | null;
}
