import { ApiProperty } from '@nestjs/swagger';
import type { FamilyViewsSent } from '@convene/contracts';
import { FAMILY_VIEWS_KINDS, type FamilyViewsKind } from '@convene/domain';

export class FamilyViewsSentDto implements FamilyViewsSent {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FAMILY_VIEWS_KINDS })
  kind!: FamilyViewsKind;

  @ApiProperty({ example: 'our views.pdf' })
  fileName!: string;

  @ApiProperty({ minimum: 1 })
  sizeBytes!: number;

  @ApiProperty({ format: 'date', description: 'The day it was sent, in England' })
  sentOn!: string;

  @ApiProperty({ description: 'Sent by the signed-in person themself' })
  yours!: boolean;

  @ApiProperty({ example: 'mum', description: 'Who in the family sent it, in the family’s words' })
  sentBy!: string;
}
