import { ApiProperty } from '@nestjs/swagger';
import type { PhaseTransferView } from '@convene/contracts';
import {
  PHASE_TRANSFER_KINDS,
  TRANSFER_STANDINGS,
  type PhaseTransferKind,
  type TransferStanding,
} from '@convene/domain';
import { RequestClockViewDto } from '../../cases/dto/request-clock-view.dto.js';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';

export class PhaseTransferViewDto implements PhaseTransferView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The request whose plan is amended' })
  requestId!: string;

  @ApiProperty({ enum: PHASE_TRANSFER_KINDS })
  kind!: PhaseTransferKind;

  @ApiProperty({ description: 'The calendar year of the move' })
  transferYear!: number;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The day of a move between post-16 institutions (reg 18(2)); null for a move between phases',
  })
  transfersOn!: string | null;

  @ApiProperty({
    format: 'date',
    description:
      'reg 18(1): 15 February, or 31 March for a move to post-16; reg 18(2): five months before a move between post-16 institutions',
  })
  deadline!: string;

  @ApiProperty({ nullable: true, type: String })
  settingName!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  amendedPlanIssuedOn!: string | null;

  @ApiProperty({ enum: TRANSFER_STANDINGS })
  standing!: TransferStanding;

  @ApiProperty({ type: RequestClockViewDto })
  clock!: RequestClockViewDto;

  @ApiProperty({ nullable: true, type: PersonRefDto })
  recordedBy!: PersonRefDto | null;
}
