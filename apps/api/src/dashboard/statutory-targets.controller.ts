import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  DecisionsToAssessReport,
  DecisionToAssessCase,
  TransferYearGroupCase,
  TransferYearGroupsReport,
} from '@convene/contracts';
import {
  DecisionsToAssessReportDto,
  DecisionToAssessCaseDto,
  TransferYearGroupCaseDto,
  TransferYearGroupsReportDto,
} from './dto/statutory-targets-report.dto.js';
import {
  DecisionsToAssessQuery,
  DecisionToAssessCasesQuery,
  TransferYearGroupCasesQuery,
  TransferYearGroupsQuery,
} from './statutory-targets.dto.js';
import { StatutoryTargetsService } from './statutory-targets.service.js';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard')
export class StatutoryTargetsController {
  constructor(private readonly targets: StatutoryTargetsService) {}

  @Get('decisions-to-assess')
  @ApiOperation({
    summary:
      'Decisions whether to assess made within 6 weeks, by month and over the rolling 12 months, with and without reg 5(4) exception cases, against the 90% target',
    description:
      'A decision counts in the month it was made, agreed or refused, and is in time when made on or before the last day of the 6 weeks from the request (reg 5(1)). Without exceptions leaves out the requests with a reg 5(4) exception the statutory clock accepts.',
  })
  @ApiOkResponse({ type: DecisionsToAssessReportDto })
  decisionsToAssess(@Query() query: DecisionsToAssessQuery): Promise<DecisionsToAssessReport> {
    return this.targets.decisionsToAssess(query);
  }

  @Get('decisions-to-assess/cases')
  @ApiOperation({ summary: 'The decisions behind a figure: case references and dates, never names' })
  @ApiOkResponse({ type: DecisionToAssessCaseDto, isArray: true })
  decisionToAssessCases(@Query() query: DecisionToAssessCasesQuery): Promise<DecisionToAssessCase[]> {
    return this.targets.decisionToAssessCases(query);
  }

  @Get('phase-transfers/year-groups')
  @ApiOperation({
    summary: 'Phase transfers of a year amended by their deadline, by the year group the child was in on it',
    description:
      '15 February of the year of the move, 31 March for secondary school to post-16 (reg 18(1)), five months before a move between post-16 institutions (reg 18(2)); the deadline day itself is in time. The year group on the deadline is read from the one recorded today, one a school year.',
  })
  @ApiOkResponse({ type: TransferYearGroupsReportDto })
  transferYearGroups(@Query() query: TransferYearGroupsQuery): Promise<TransferYearGroupsReport> {
    return this.targets.transferYearGroups(query);
  }

  @Get('phase-transfers/year-groups/cases')
  @ApiOperation({
    summary: 'The transfers behind a year group’s figure: case references and dates, never names',
  })
  @ApiOkResponse({ type: TransferYearGroupCaseDto, isArray: true })
  transferYearGroupCases(@Query() query: TransferYearGroupCasesQuery): Promise<TransferYearGroupCase[]> {
    return this.targets.transferYearGroupCases(query);
  }
}
