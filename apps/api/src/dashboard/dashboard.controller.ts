import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TimelinessCasesQuery, TimelinessQuery } from './dashboard.dto.js';
import type { TimelinessCase, TimelinessReport } from '@convene/contracts';
import { DashboardService } from './dashboard.service.js';
import { TimelinessCaseDto, TimelinessReportDto } from './dto/timeliness-report.dto.js';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('timeliness')
  @ApiOperation({
    summary:
      'Plans issued in 20 weeks, monthly and over the rolling 12 months, with and without exception cases; requests received and refused; open assessments by stage and over 20 weeks',
  })
  @ApiOkResponse({ type: TimelinessReportDto })
  timeliness(@Query() query: TimelinessQuery): Promise<TimelinessReport> {
    return this.dashboard.timeliness(query);
  }

  @Get('timeliness/cases')
  @ApiOperation({
    summary: 'The cases behind a figure: plans issued in a month, those issued in 20 weeks, or those late',
  })
  @ApiOkResponse({ type: TimelinessCaseDto, isArray: true })
  cases(@Query() query: TimelinessCasesQuery): Promise<TimelinessCase[]> {
    return this.dashboard.timelinessCases(query);
  }
}
