import { ApiProperty } from '@nestjs/swagger';
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
}
