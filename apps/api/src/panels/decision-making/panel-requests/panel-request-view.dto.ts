import { ApiProperty } from '@nestjs/swagger';
import type { PanelRequestView } from '@convene/contracts';
import {
  FUNDING_BANDS,
  PANEL_REQUEST_KINDS,
  PANEL_REQUEST_STATUSES,
  PERSONAL_BUDGET_PURPOSES,
  SETTING_TYPES,
  type FundingBand,
  type PanelRequestKind,
  type PanelRequestStatus,
  type PersonalBudgetPurpose,
  type SettingType,
} from '@convene/domain';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';

export class PanelRequestViewDto implements PanelRequestView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PANEL_REQUEST_KINDS })
  kind!: PanelRequestKind;

  @ApiProperty()
  summary!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'For a change of placement: the school or setting asked for',
  })
  settingName!: string | null;

  @ApiProperty({ nullable: true, enum: SETTING_TYPES })
  settingType!: SettingType | null;

  @ApiProperty({ nullable: true, type: Number, description: 'For funding or a personal budget, in pence' })
  amountPence!: number | null;

  @ApiProperty({ nullable: true, enum: FUNDING_BANDS })
  band!: FundingBand | null;

  @ApiProperty({ nullable: true, enum: PERSONAL_BUDGET_PURPOSES })
  purpose!: PersonalBudgetPurpose | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  startsOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  endsOn!: string | null;

  @ApiProperty({ enum: PANEL_REQUEST_STATUSES })
  status!: PanelRequestStatus;

  @ApiProperty({ nullable: true, type: PersonRefDto })
  raisedBy!: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  raisedAt!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The day the panel agreed or refused it',
  })
  decidedOn!: string | null;
}
