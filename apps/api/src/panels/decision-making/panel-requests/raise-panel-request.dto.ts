import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RaisePanelRequest } from '@convene/contracts';
import {
  FUNDING_BANDS,
  PANEL_REQUEST_KINDS,
  PERSONAL_BUDGET_PURPOSES,
  SETTING_TYPES,
  type FundingBand,
  type PanelRequestKind,
  type PersonalBudgetPurpose,
  type SettingType,
} from '@convene/domain';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../../cases/dto/calendar-date.decorator.js';

const isPlacement = (o: RaisePanelRequestDto) => o.kind === 'placement_change';
const isMoney = (o: RaisePanelRequestDto) => o.kind === 'funding' || o.kind === 'personal_budget';

export class RaisePanelRequestDto implements RaisePanelRequest {
  @ApiProperty({ enum: PANEL_REQUEST_KINDS })
  @IsIn(PANEL_REQUEST_KINDS)
  kind!: PanelRequestKind;

  @ApiProperty({
    maxLength: 4000,
    description: 'Why the request is made: what has changed, what the evidence shows',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Change of placement: the setting named' })
  @ValidateIf(isPlacement)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  settingName?: string;

  @ApiPropertyOptional({ enum: SETTING_TYPES, description: 'Change of placement: the type of setting' })
  @ValidateIf(isPlacement)
  @IsIn(SETTING_TYPES)
  settingType?: SettingType;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100_000_000,
    description: 'Funding or personal budget: the amount a year, in whole pence',
  })
  @ValidateIf(isMoney)
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amountPence?: number;

  @ApiPropertyOptional({ enum: FUNDING_BANDS, description: 'Funding: the top-up band asked for' })
  @ValidateIf((o: RaisePanelRequestDto) => o.kind === 'funding')
  @IsIn(FUNDING_BANDS)
  band?: FundingBand;

  @ApiPropertyOptional({ enum: PERSONAL_BUDGET_PURPOSES, description: 'Personal budget: what it pays for' })
  @ValidateIf((o: RaisePanelRequestDto) => o.kind === 'personal_budget')
  @IsIn(PERSONAL_BUDGET_PURPOSES)
  purpose?: PersonalBudgetPurpose;

  @IsCalendarDate({
    optional: true,
    description:
      'Funding or personal budget: first day of the period (required); placement: the day it would start',
  })
  @ValidateIf((o: RaisePanelRequestDto) => isMoney(o) || o.startsOn !== undefined)
  startsOn?: string;

  @IsCalendarDate({
    optional: true,
    description: 'Funding or personal budget: last day of the period (required)',
  })
  @ValidateIf((o: RaisePanelRequestDto) => isMoney(o) || o.endsOn !== undefined)
  endsOn?: string;
}
