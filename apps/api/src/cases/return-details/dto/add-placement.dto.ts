import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AddPlacement } from '@convene/contracts';
import { SEN2_SEN_SETTINGS, type Sen2SenSetting } from '@convene/domain';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../dto/calendar-date.decorator.js';

const ESTABLISHMENT_NAME_MAX_LENGTH = 200;

export class AddPlacementDto implements AddPlacement {
  @ApiPropertyOptional({ maxLength: ESTABLISHMENT_NAME_MAX_LENGTH, example: 'Riverside Primary School' })
  @IsOptional()
  @IsString()
  @MaxLength(ESTABLISHMENT_NAME_MAX_LENGTH)
  establishmentName?: string;

  @ApiPropertyOptional({
    example: '123456',
    description: 'The establishment’s unique reference number (6 digits)',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'urn must be 6 digits' })
  urn?: string;

  @ApiPropertyOptional({ example: '10012345', description: 'UK provider reference number (8 digits from 1)' })
  @IsOptional()
  @Matches(/^1\d{7}$/, { message: 'ukprn must be 8 digits starting with 1' })
  ukprn?: string;

  @ApiPropertyOptional({
    enum: SEN2_SEN_SETTINGS,
    description: 'The kind of setting, when it has no URN or UKPRN',
  })
  @IsOptional()
  @IsIn(SEN2_SEN_SETTINGS)
  senSetting?: Sen2SenSetting;

  @ApiPropertyOptional({
    maxLength: ESTABLISHMENT_NAME_MAX_LENGTH,
    description: 'What the other setting is (OTH)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ESTABLISHMENT_NAME_MAX_LENGTH)
  senSettingOther?: string;

  @ApiProperty({ enum: [1, 2], description: '1: the main placement; 2: a second one at the same time' })
  @IsIn([1, 2])
  rank!: 1 | 2;

  @IsCalendarDate({ description: 'The day the placement started' })
  entryDate!: string;

  @IsOptional()
  @IsCalendarDate({ optional: true, description: 'The day it ended, if it has' })
  leavingDate?: string;

  @ApiProperty({ description: 'In a SEN unit' })
  @IsBoolean()
  senUnit!: boolean;

  @ApiProperty({ description: 'In resourced provision' })
  @IsBoolean()
  resourcedProvision!: boolean;
}
