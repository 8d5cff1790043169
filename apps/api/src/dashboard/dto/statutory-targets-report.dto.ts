import { ApiProperty } from '@nestjs/swagger';
import type {
  DecisionsToAssessReport,
  DecisionToAssessCase,
  TransferYearGroupCase,
  TransferYearGroupsReport,
} from '@convene/contracts';
import type {
  DecisionToAssessCounts,
  DecisionToAssessMonth,
  TransferYearGroupFigures,
} from '@convene/domain';
import { PhaseTransferCaseDto } from './annual-reviews-report.dto.js';

export class DecisionToAssessCountsDto implements DecisionToAssessCounts {
  @ApiProperty({ description: 'Decisions whether to assess made in the period, agreed or refused' })
  decided!: number;

  @ApiProperty({
    description: 'Of them, made within 6 weeks of the request (reg 5(1)), the last day included',
  })
  inSixWeeks!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'One decimal' })
  percent!: number | null;

  @ApiProperty({ nullable: true, type: Boolean, description: 'Above the 90% target' })
  meetsTarget!: boolean | null;
}

export class DecisionToAssessMonthDto extends DecisionToAssessCountsDto implements DecisionToAssessMonth {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ type: DecisionToAssessCountsDto, description: 'The 12 months to the end of this one' })
  rolling!: DecisionToAssessCountsDto;
}

export class DecisionsToAssessReportDto implements DecisionsToAssessReport {
  @ApiProperty({ type: String, isArray: true, description: 'YYYY-MM, oldest first' })
  months!: string[];

  @ApiProperty({ example: 90, description: 'The target: above this percentage (seed 001, APP 1.2.1)' })
  targetPercent!: number;

  @ApiProperty({ type: DecisionToAssessMonthDto, isArray: true })
  withExceptions!: DecisionToAssessMonthDto[];

  @ApiProperty({
    type: DecisionToAssessMonthDto,
    isArray: true,
    description: 'Leaving out requests with a reg 5(4) exception the statutory clock accepts',
  })
  withoutExceptions!: DecisionToAssessMonthDto[];
}

export class DecisionToAssessCaseDto implements DecisionToAssessCase {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ format: 'date' })
  receivedOn!: string;

  @ApiProperty({ format: 'date', description: 'The last day of the 6 weeks' })
  dueOn!: string;

  @ApiProperty({ format: 'date' })
  decidedOn!: string;

  @ApiProperty({ enum: ['agreed', 'refused'] })
  outcome!: 'agreed' | 'refused';

  @ApiProperty()
  inSixWeeks!: boolean;

  @ApiProperty({ description: 'A reg 5(4) exception the statutory clock accepts applies' })
  exceptionCase!: boolean;
}

export class TransferYearGroupFiguresDto implements TransferYearGroupFigures {
  @ApiProperty({ description: 'The year group on the deadline (0 reception, -1 and -2 nursery)' })
  yearGroup!: number;

  @ApiProperty()
  due!: number;

  @ApiProperty()
  byDeadline!: number;

  @ApiProperty()
  late!: number;

  @ApiProperty({ description: 'Not amended yet' })
  outstanding!: number;

  @ApiProperty({ description: 'Of the outstanding, those past the deadline' })
  overdue!: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Amended by the deadline as a share of those amended or overdue; one decimal',
  })
  percentByDeadline!: number | null;
}

export class TransferYearGroupsReportDto implements TransferYearGroupsReport {
  @ApiProperty({ example: 2026 })
  transferYear!: number;

  @ApiProperty({ type: TransferYearGroupFiguresDto, isArray: true })
  yearGroups!: TransferYearGroupFiguresDto[];
}

export class TransferYearGroupCaseDto extends PhaseTransferCaseDto implements TransferYearGroupCase {
  @ApiProperty({ description: 'The year group on the deadline' })
  yearGroup!: number;
}
