import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DipSampleView, QualityCriterionView, QualityFigures } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { DipSamplesService } from './dip-samples.service.js';
import { QualityFiguresService } from './quality-figures.service.js';
import { QualityFrameworkService } from './quality-framework.service.js';
import {
  AddQualityCriterionDto,
  ChangeQualityCriterionDto,
  DrawDipSampleDto,
  QualityFiguresQuery,
} from './quality.dto.js';
import { MoveQualityCriterionDto } from './dip-sample-reviews.dto.js';
import { QualityCriterionViewDto } from './dto/quality-criterion-view.dto.js';
import { DipSampleViewDto } from './dto/dip-sample-view.dto.js';
import { QualityFiguresDto } from './dto/quality-figures.dto.js';

@ApiTags('quality')
@ApiCookieAuth()
@Controller()
export class QualityController {
  constructor(
    private readonly framework: QualityFrameworkService,
    private readonly samples: DipSamplesService,
    private readonly figuresService: QualityFiguresService,
  ) {}

  @Get('quality/framework')
  @ApiOperation({
    summary: 'The quality framework: sections and weighted criteria (retired ones marked inactive)',
  })
  @ApiOkResponse({ type: QualityCriterionViewDto, isArray: true })
  criteria(): Promise<QualityCriterionView[]> {
    return this.framework.list();
  }

  @Post('admin/quality-criteria')
  @ApiOperation({ summary: 'Add a criterion to the quality framework' })
  @ApiCreatedResponse({ type: QualityCriterionViewDto })
  add(@CurrentUser() user: SessionUser, @Body() body: AddQualityCriterionDto): Promise<QualityCriterionView> {
    return this.framework.add(user, body);
  }

  @Patch('admin/quality-criteria/:criterionId')
  @ApiOperation({ summary: 'Change a criterion’s section, words or weight, or retire it' })
  @ApiOkResponse({ type: QualityCriterionViewDto })
  change(
    @CurrentUser() user: SessionUser,
    @Param('criterionId', new ParseUUIDPipe()) criterionId: string,
    @Body() body: ChangeQualityCriterionDto,
  ): Promise<QualityCriterionView> {
    return this.framework.change(user, criterionId, body);
  }

  @Patch('admin/quality-criteria/:criterionId/position')
  @ApiOperation({
    summary:
      'Move a criterion one place up or down within its section; answers with the whole framework in its new order',
  })
  @ApiOkResponse({ type: QualityCriterionViewDto, isArray: true })
  move(
    @CurrentUser() user: SessionUser,
    @Param('criterionId', new ParseUUIDPipe()) criterionId: string,
    @Body() body: MoveQualityCriterionDto,
  ): Promise<QualityCriterionView[]> {
    return this.framework.move(user, criterionId, body.direction);
  }

  @Post('quality/dip-samples')
  @ApiOperation({
    summary: 'Draw a dip sample of plans, stratified by locality, reproducible from its seed',
    description:
      'Plans sampled in the last `excludeMonths` months (default 3) are left out. With `meetingId`, each plan becomes an item on that Quality and Compliance Group meeting’s agenda.',
  })
  @ApiCreatedResponse({ type: DipSampleViewDto })
  draw(@CurrentUser() user: SessionUser, @Body() body: DrawDipSampleDto): Promise<DipSampleView> {
    return this.samples.draw(user, body);
  }

  @Get('quality/dip-samples/:sampleId')
  @ApiOperation({
    summary:
      'A dip sample: its seed, strata and plans, each with its review as you may see it (others’ scores only after the reveal)',
  })
  @ApiOkResponse({ type: DipSampleViewDto })
  sample(
    @CurrentUser() user: SessionUser,
    @Param('sampleId', new ParseUUIDPipe()) sampleId: string,
  ): Promise<DipSampleView> {
    return this.samples.get(user, sampleId);
  }

  @Get('quality/figures')
  @ApiOperation({
    summary:
      'Plans meeting the standard by month, theme and locality; inter-rater agreement per meeting and overall',
  })
  @ApiOkResponse({ type: QualityFiguresDto })
  figures(@Query() query: QualityFiguresQuery): Promise<QualityFigures> {
    return this.figuresService.figures(query.from, query.to);
  }
}
