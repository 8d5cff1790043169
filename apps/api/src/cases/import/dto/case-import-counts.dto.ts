import { ApiProperty } from '@nestjs/swagger';
import type { CaseImportCounts } from '@convene/contracts';

export class CaseImportCountsDto implements CaseImportCounts {
  @ApiProperty({
    description: 'Data rows in the file (the header and blank lines not counted)',
    example: 120,
  })
  rows!: number;

  @ApiProperty({ description: 'New children, each with its request, steps and any exception', example: 100 })
  created!: number;

  @ApiProperty({
    description: 'Known children whose details or latest request differed, brought up to date',
    example: 6,
  })
  updated!: number;

  @ApiProperty({
    description: 'Known children with the same details and latest request: nothing written',
    example: 12,
  })
  unchanged!: number;

  @ApiProperty({ description: 'Rows not imported; see rejectedRows', example: 2 })
  rejected!: number;
}
