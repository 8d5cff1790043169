import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DashboardDecisions, DashboardQuality, FigureCaseList } from '@convene/contracts';
import { todayInEngland } from '../common/today.js';
import { DashboardMonthQuery, FigureCasesQuery } from './dashboard-figures.dto.js';
import { DecisionsDashboardService } from './decisions-dashboard.service.js';
import { FigureCasesService } from './figure-cases.service.js';
import { QualityDashboardService } from './quality-dashboard.service.js';
import {
  DashboardDecisionsDto,
  DashboardQualityDto,
  FigureCaseListDto,
} from './dto/dashboard-figures-view.dto.js';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard')
export class DashboardFiguresController {
  constructor(
    private readonly decisionsService: DecisionsDashboardService,
    private readonly qualityService: QualityDashboardService,
    private readonly figureCases: FigureCasesService,
  ) {}

  @Get('decisions')
  @ApiOperation({
    summary:
      'Decisions in a month and in the 12 months to its end: by type and outcome, refusal rate, by month, locality, need and school',
    description:
      'The leadership report (GET /api/reports/decisions) for the month and for the 12 months; `rolling.byMonth` gives the trend.',
  })
  @ApiOkResponse({ type: DashboardDecisionsDto })
  decisions(@Query() query: DashboardMonthQuery): Promise<DashboardDecisions> {
    return this.decisionsService.figures(query.month ?? todayInEngland().slice(0, 7));
  }

  @Get('quality')
  @ApiOperation({
    summary:
      'Plans meeting the standard, and advices meeting the standard by agency, in a month and in the 12 months to its end',
  })
  @ApiOkResponse({ type: DashboardQualityDto })
  quality(@Query() query: DashboardMonthQuery): Promise<DashboardQuality> {
    return this.qualityService.figures(query.month ?? todayInEngland().slice(0, 7));
  }

  @Get('cases')
  @ApiOperation({
    summary: 'The cases behind any figure of the dashboard, by case reference and dates (never names)',
    description:
      'One row for each thing the figure counts (a request, an advice, a decision, a moderated grade), so the list is as long as the figure is large. What else each `measure` needs: `stage` (optional) for `open`; `agency` and `adviceKind` for `advices_due` and `advices_on_time`; `agency` for the advice quality figures; `outcome` (and optionally `by` with `key`) for `decisions`.',
  })
  @ApiOkResponse({ type: FigureCaseListDto })
  cases(@Query() query: FigureCasesQuery): Promise<FigureCaseList> {
    return this.figureCases.cases(query);
  }
}
