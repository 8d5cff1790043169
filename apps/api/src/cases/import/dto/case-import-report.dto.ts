import { ApiProperty } from '@nestjs/swagger';
import type { CaseImportReport } from '@convene/contracts';
import { CaseImportCountsDto } from './case-import-counts.dto.js';
import { CaseImportRejectedRowDto } from './case-import-rejected-row.dto.js';

export class CaseImportReportDto implements CaseImportReport {
  @ApiProperty({ type: CaseImportCountsDto, description: 'rows = created + updated + unchanged + rejected' })
  counts!: CaseImportCountsDto;

  @ApiProperty({
    type: [CaseImportRejectedRowDto],
    description: 'One entry per problem, in line order; a row may have several',
  })
  rejectedRows!: CaseImportRejectedRowDto[];

  @ApiProperty({
    type: [String],
    description: 'Header columns that are not import columns; their cells were not read',
    example: ['notes'],
  })
  ignoredColumns!: string[];
}
