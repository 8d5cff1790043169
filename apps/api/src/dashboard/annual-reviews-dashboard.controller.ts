import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AnnualReviewCase, AnnualReviewsReport, PhaseTransferCase } from '@convene/contracts';
import {
  AnnualReviewCasesQuery,
  AnnualReviewsQuery,
  PhaseTransferCasesQuery,
} from './annual-reviews-dashboard.dto.js';
import { AnnualReviewsDashboardService } from './annual-reviews-dashboard.service.js';
import {
  AnnualReviewCaseDto,
  AnnualReviewsReportDto,
  PhaseTransferCaseDto,
} from './dto/annual-reviews-report.dto.js';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard')
export class AnnualReviewsDashboardController {
  constructor(private readonly figures: AnnualReviewsDashboardService) {}

  @Get('annual-reviews')
  @ApiOperation({
    summary:
      'Annual reviews due and % held on time, monthly and over the rolling 12 months; phase transfers amended by their deadline',
    description:
      'A review counts in the month its meeting fell due (the last day of the 12 months starting with the day of the final plan or the last review meeting, s44(1): the day before its anniversary) and is on time when the meeting was held on or before that day. The percentage leaves out reviews not yet due. Phase transfers are grouped by deadline (15 February, or 31 March for secondary school to post-16) for the transfer years of the months shown and the next.',
  })
  @ApiOkResponse({ type: AnnualReviewsReportDto })
  report(@Query() query: AnnualReviewsQuery): Promise<AnnualReviewsReport> {
    return this.figures.report(query);
  }

  @Get('annual-reviews/cases')
  @ApiOperation({ summary: 'The reviews behind a figure: case references and dates, never names' })
  @ApiOkResponse({ type: AnnualReviewCaseDto, isArray: true })
  reviewCases(@Query() query: AnnualReviewCasesQuery): Promise<AnnualReviewCase[]> {
    return this.figures.reviewCases(query);
  }

  @Get('phase-transfers/cases')
  @ApiOperation({ summary: 'The phase transfers behind a figure: case references and dates, never names' })
  @ApiOkResponse({ type: PhaseTransferCaseDto, isArray: true })
  transferCases(@Query() query: PhaseTransferCasesQuery): Promise<PhaseTransferCase[]> {
    return this.figures.transferCases(query);
  }
}
