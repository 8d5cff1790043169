import { ApiProperty, PickType } from '@nestjs/swagger';
import type { AgencyView } from '@convene/contracts';
import { AGENCY_KINDS, type AgencyKind } from '@convene/domain';

export class AgencyViewDto implements AgencyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'salt' })
  code!: string;

  @ApiProperty({ example: 'Speech and Language Therapy' })
  name!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  kind!: AgencyKind;

  @ApiProperty({ description: 'Retired: its people keep it, but it is not offered for new users' })
  retired!: boolean;
}

/** An agency named in a record: the team an advice is with, say. */
export class AgencyRefDto extends PickType(AgencyViewDto, ['id', 'name'] as const) {}
