import { ApiProperty } from '@nestjs/swagger';
import type { YouSaidWeDid, YouSaidWeDidEntry } from '@convene/contracts';
import { PersonRefDto } from '../../common/dto/person-ref.dto.js';

export class YouSaidWeDidDto implements YouSaidWeDid {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'You said letters were hard to understand.' })
  youSaid!: string;

  @ApiProperty({ example: 'We rewrote our letters with parents from the parent carer forum.' })
  weDid!: string;

  @ApiProperty({ format: 'date' })
  publishedOn!: string;
}

export class YouSaidWeDidEntryDto extends YouSaidWeDidDto implements YouSaidWeDidEntry {
  @ApiProperty({ type: PersonRefDto })
  writtenBy!: PersonRefDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt!: string | null;
}
