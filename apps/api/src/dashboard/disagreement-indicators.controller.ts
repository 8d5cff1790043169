import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DisagreementIndicatorCase, DisagreementIndicatorsReport } from '@convene/contracts';
import { DisagreementCasesQuery, DisagreementIndicatorsQuery } from './disagreement-indicators.dto.js';
import { DisagreementIndicatorsService } from './disagreement-indicators.service.js';
import {
  DisagreementIndicatorCaseDto,
  DisagreementIndicatorsReportDto,
} from './dto/disagreement-indicators-report.dto.js';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard/disagreements')
export class DisagreementIndicatorsController {
  constructor(private readonly indicators: DisagreementIndicatorsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Complaints, mediations and appeals by month and decision type; appeals per 1,000 appealable decisions; % of appeals decided against the council; days to register an appeal',
    description:
      'For the 12 months to the month asked for, each month with the 12 months to its end. A complaint, mediation or appeal counts in the month it was opened, an outcome in the month it was reached. Against the council: conceded, upheld or part upheld; withdrawn and dismissed are not.',
  })
  @ApiOkResponse({ type: DisagreementIndicatorsReportDto })
  report(@Query() query: DisagreementIndicatorsQuery): Promise<DisagreementIndicatorsReport> {
    return this.indicators.report(query);
  }

  @Get('cases')
  @ApiOperation({ summary: 'The disagreements behind a figure: case references and dates, never names' })
  @ApiOkResponse({ type: DisagreementIndicatorCaseDto, isArray: true })
  cases(@Query() query: DisagreementCasesQuery): Promise<DisagreementIndicatorCase[]> {
    return this.indicators.cases(query);
  }
}
