import { ApiProperty } from '@nestjs/swagger';
import type { Sen2PlacementView, Sen2ReturnDetails } from '@convene/contracts';
import {
  SEN2_CEASE_REASONS,
  SEN2_ETHNICITIES,
  SEN2_SEN_SETTINGS,
  SEN2_SEN_TYPES,
  SEN2_SEXES,
  SEN2_UPN_UNKNOWN_REASONS,
  type Sen2CeaseReason,
  type Sen2Ethnicity,
  type Sen2SenSetting,
  type Sen2SenType,
  type Sen2Sex,
  type Sen2UpnUnknown,
} from '@convene/domain';

class Sen2PlanEndingDto {
  @ApiProperty({ format: 'uuid' })
  requestId!: string;
  @ApiProperty({ format: 'date' })
  finalIssuedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  ceasedOn!: string | null;
  @ApiProperty({ enum: SEN2_CEASE_REASONS, nullable: true })
  ceaseReason!: Sen2CeaseReason | null;
}

class Sen2PlacementViewDto implements Sen2PlacementView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, nullable: true })
  establishmentName!: string | null;
  @ApiProperty({ type: String, nullable: true })
  urn!: string | null;
  @ApiProperty({ type: String, nullable: true })
  ukprn!: string | null;
  @ApiProperty({ enum: SEN2_SEN_SETTINGS, nullable: true })
  senSetting!: Sen2SenSetting | null;
  @ApiProperty({ type: String, nullable: true })
  senSettingOther!: string | null;
  @ApiProperty({ enum: [1, 2] })
  rank!: 1 | 2;
  @ApiProperty({ format: 'date' })
  entryDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  leavingDate!: string | null;
  @ApiProperty()
  senUnit!: boolean;
  @ApiProperty()
  resourcedProvision!: boolean;
}

export class ReturnDetailsDto implements Sen2ReturnDetails {
  @ApiProperty({ type: String, nullable: true })
  upn!: string | null;
  @ApiProperty({ type: String, nullable: true })
  uln!: string | null;
  @ApiProperty({ enum: SEN2_UPN_UNKNOWN_REASONS, nullable: true })
  upnUnknown!: Sen2UpnUnknown | null;
  @ApiProperty({ enum: SEN2_SEXES, nullable: true })
  sex!: Sen2Sex | null;
  @ApiProperty({ enum: SEN2_ETHNICITIES, nullable: true })
  ethnicity!: Sen2Ethnicity | null;
  @ApiProperty({ type: String, nullable: true })
  postcode!: string | null;
  @ApiProperty({ enum: SEN2_SEN_TYPES, nullable: true })
  senType!: Sen2SenType | null;
  @ApiProperty({ enum: SEN2_SEN_TYPES, nullable: true })
  secondSenType!: Sen2SenType | null;
  @ApiProperty({ type: Sen2PlanEndingDto, nullable: true, description: 'The latest final plan' })
  plan!: Sen2PlanEndingDto | null;
  @ApiProperty({ type: Sen2PlacementViewDto, isArray: true })
  placements!: Sen2PlacementViewDto[];
}
