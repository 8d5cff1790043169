import { ApiProperty } from '@nestjs/swagger';
import type { PersonRef } from '@convene/contracts';

/** Someone named in a record: who recorded, raised or moderated it. */
export class PersonRefDto implements PersonRef {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}
