import { ApiProperty } from '@nestjs/swagger';
import { CASE_IMPORT_COLUMNS, type CaseImportColumn, type CaseImportRejectedRow } from '@convene/contracts';

export class CaseImportRejectedRowDto implements CaseImportRejectedRow {
  @ApiProperty({ description: 'Line in the file; the header is line 1', example: 7 })
  line!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The row’s case_reference as written; null when blank',
    example: 'EHC-24-0173',
  })
  caseReference!: string | null;

  @ApiProperty({
    enum: CASE_IMPORT_COLUMNS,
    nullable: true,
    description: 'The column at fault; null when the problem is the whole row',
    example: 'locality_code',
  })
  field!: CaseImportColumn | null;

  @ApiProperty({
    description: 'What is wrong and what would be accepted',
    example:
      "locality_code 'nowhere' is not one of: eastbrook, northdale, southmere, vulnerable_pupils, westholm",
  })
  reason!: string;
}
