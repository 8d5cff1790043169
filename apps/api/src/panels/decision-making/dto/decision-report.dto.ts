import { ApiProperty } from '@nestjs/swagger';
import type { DecisionCounts, DecisionReport } from '@convene/contracts';

export class DecisionCountsDto implements DecisionCounts {
  @ApiProperty()
  agreedToAssess!: number;

  @ApiProperty()
  refusedToAssess!: number;

  @ApiProperty()
  agreedToIssue!: number;

  @ApiProperty()
  notIssued!: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: '% of decisions whether to assess that refused, one decimal; null when there were none',
  })
  refusalRate!: number | null;
}

/** One row of a breakdown: a month, a locality, a need or a setting. */
export class DecisionCountsRowDto extends DecisionCountsDto {
  @ApiProperty({ description: 'The month (YYYY-MM), locality, need or setting' })
  key!: string;
}

export class DecisionReportDto implements DecisionReport {
  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;

  @ApiProperty({ type: DecisionCountsDto })
  total!: DecisionCountsDto;

  @ApiProperty({ type: DecisionCountsRowDto, isArray: true })
  byMonth!: DecisionCountsRowDto[];

  @ApiProperty({ type: DecisionCountsRowDto, isArray: true })
  byLocality!: DecisionCountsRowDto[];

  @ApiProperty({ type: DecisionCountsRowDto, isArray: true })
  byNeed!: DecisionCountsRowDto[];

  @ApiProperty({
    type: DecisionCountsRowDto,
    isArray: true,
    description: 'The 20 schools or settings with the most decisions whether to assess',
  })
  bySetting!: DecisionCountsRowDto[];
}
