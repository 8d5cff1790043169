import { ApiProperty } from '@nestjs/swagger';
import type { FamilyChild } from '@convene/contracts';

export class FamilyChildDto implements FamilyChild {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ description: 'The child’s first name only' })
  firstName!: string;
  @ApiProperty({ description: 'The reference the council’s letters quote' })
  requestReference!: string;
}
