import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { CaseDetail, CaseSummary, Page, PanelDecision } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { CasesService } from './cases.service.js';
import { CreateCaseService } from './create-case.service.js';
import { CreateCaseDto } from './dto/create-case.dto.js';
import { ListCasesQuery } from './dto/list-cases.query.js';
import { PanelDecisionDto } from './dto/panel-decision.dto.js';
import { PanelDecisionsService } from './panel-decisions.service.js';
import { CaseDetailDto } from './dto/case-detail.dto.js';
import { CaseSummaryPage } from './dto/case-summary.dto.js';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly createCase: CreateCaseService,
    private readonly panelDecisions: PanelDecisionsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The caseload: children with their latest request and its clock',
    description:
      'Paginated and filterable. Name and date of birth are null for roles that may not see them. Health team representatives see only the cases triaged to their team.',
  })
  @ApiOkResponse({ type: CaseSummaryPage })
  list(@CurrentUser() user: SessionUser, @Query() query: ListCasesQuery): Promise<Page<CaseSummary>> {
    return this.cases.list(user, query);
  }

  @Post()
  @ApiOperation({
    summary: 'Open a case with its request for an EHC needs assessment (starts the 20-week clock)',
  })
  @ApiCreatedResponse({ type: CaseDetailDto, description: 'The new case' })
  async create(@CurrentUser() user: SessionUser, @Body() body: CreateCaseDto): Promise<CaseDetail> {
    const childId = await this.createCase.create(user, body);
    return this.cases.detail(user, childId);
  }

  @Get(':childId')
  @ApiOperation({ summary: 'A case: the child, every request with its steps, exceptions, advice and clock' })
  @ApiOkResponse({ type: CaseDetailDto })
  detail(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<CaseDetail> {
    return this.cases.detail(user, childId);
  }

  @Get(':childId/panel-decisions')
  @ApiOperation({
    summary: "The panels' earlier decisions on a child's requests, newest first",
    description:
      'Decided and deferred agenda items from meetings in progress or ended, with their reasons. Seen by whoever may see the case.',
  })
  @ApiParam({ name: 'childId', format: 'uuid' })
  @ApiOkResponse({ type: PanelDecisionDto, isArray: true })
  @ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
  panelDecisionsOf(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<PanelDecision[]> {
    return this.panelDecisions.forChild(user, childId);
  }
}
