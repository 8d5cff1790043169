import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AdviceGatewaysView,
  HealthAdviceView,
  HealthGatewayFigures,
  HealthTeam,
} from '@convene/contracts';
import { ADVICE_GATEWAYS } from '@convene/domain';
import { UPLOAD_LIMITS } from '../../cases/evidence/evidence-upload.decorator.js';
import { EvidenceUploadErrorsInterceptor } from '../../cases/evidence/evidence-upload-errors.interceptor.js';
import type { UploadedEvidenceFile } from '../../cases/evidence/uploaded-evidence-file.js';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import {
  AdviceListQuery,
  ChaseAdviceDto,
  FiguresQuery,
  RateAdviceQualityDto,
  RecordHealthAdviceDto,
  ReturnAdviceDto,
} from './dto/health-advice.dto.js';
import { AdviceGatewaysSetting } from '../../cases/advice-gateways-setting.js';
import { GatewayAdviceService } from './gateway-advice.service.js';
import { GatewayFiguresService } from './gateway-figures.service.js';
import { GatewaySlug } from '../../cases/gateway-slug.decorator.js';
import { AdviceGatewaysViewDto } from './dto/advice-gateways-view.dto.js';
import { HealthTeamDto } from './dto/health-team.dto.js';
import { HealthAdviceViewDto } from './dto/health-advice-view.dto.js';
import { HealthGatewayFiguresDto } from './dto/health-gateway-figures.dto.js';
import { AcceptsFileUpload } from '../../common/accepts-file-upload.decorator.js';

@ApiTags('advice-gateways')
@ApiCookieAuth()
@Controller('advice-gateways')
export class AdviceGatewaysController {
  constructor(private readonly setting: AdviceGatewaysSetting) {}

  @Get()
  @ApiOperation({
    summary: 'The advice gateways this council runs; the other agencies are asked for their advice directly',
    description:
      'Each gateway has the routes below under its own address: /api/health-gateway, /api/social-care-gateway, /api/educational-psychology-gateway.',
  })
  @ApiOkResponse({ type: AdviceGatewaysViewDto })
  gateways(): AdviceGatewaysView {
    return { adviceKinds: this.setting.gateways().map((gateway) => gateway.adviceKind) };
  }
}

/**
 * Every advice gateway's routes, under its address (`/api/health-gateway/…`, `/api/social-care-gateway/…`): the
 * same operations for each, on that gateway's advice and teams. A gateway the council does not run answers 404.
 */
@ApiTags('advice-gateways')
@ApiCookieAuth()
@Controller(ADVICE_GATEWAYS.map((gateway) => gateway.slug))
export class AdviceGatewayController {
  constructor(
    private readonly setting: AdviceGatewaysSetting,
    private readonly advice: GatewayAdviceService,
    private readonly figuresService: GatewayFiguresService,
  ) {}

  @Get('teams')
  @ApiOperation({ summary: 'The teams the gateway triages to (the health teams, the social care teams…)' })
  @ApiOkResponse({ type: HealthTeamDto, isArray: true })
  teams(@GatewaySlug() slug: string): Promise<HealthTeam[]> {
    return this.advice.teams(this.setting.served(slug));
  }

  @Get('advice')
  @ApiOperation({
    summary: "The coordinator's tracker, or a team's queue: requests for advice with their 6-week deadlines",
    description: 'A team representative always gets their own team’s queue.',
  })
  @ApiOkResponse({ type: HealthAdviceViewDto, isArray: true })
  list(
    @GatewaySlug() slug: string,
    @CurrentUser() user: SessionUser,
    @Query() query: AdviceListQuery,
  ): Promise<HealthAdviceView[]> {
    return this.advice.list(this.setting.served(slug), user, query);
  }

  @Post('advice')
  @ApiOperation({
    summary:
      'Record a request for advice by hand, or a referral on the 0–2 pathway; it awaits the next sitting of the gateway',
  })
  @ApiCreatedResponse({ type: HealthAdviceViewDto })
  record(
    @GatewaySlug() slug: string,
    @CurrentUser() user: SessionUser,
    @Body() body: RecordHealthAdviceDto,
  ): Promise<HealthAdviceView> {
    return this.advice.record(this.setting.served(slug), user, body);
  }

  @Post('advice/:adviceId/return')
  @AcceptsFileUpload()
  @UseInterceptors(EvidenceUploadErrorsInterceptor, FileInterceptor('file', UPLOAD_LIMITS))
  @ApiOperation({
    summary:
      'The team returns its advice by uploading it (PDF, Word or an image): kept in the case’s evidence, returned today',
  })
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ type: HealthAdviceViewDto, description: 'The advice, returned' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, title: { type: 'string', maxLength: 200 } },
    },
  })
  returnAdvice(
    @GatewaySlug() slug: string,
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: ReturnAdviceDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<HealthAdviceView> {
    return this.advice.returnAdvice(this.setting.served(slug), user, adviceId, body, file);
  }

  @Post('advice/:adviceId/quality')
  @ApiOperation({
    summary:
      'The coordinator rates a returned advice on the rubric; it meets the standard when every point is met',
  })
  @ApiCreatedResponse({ type: HealthAdviceViewDto })
  rate(
    @GatewaySlug() slug: string,
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: RateAdviceQualityDto,
  ): Promise<HealthAdviceView> {
    return this.advice.rateQuality(this.setting.served(slug), user, adviceId, body);
  }

  @Post('advice/:adviceId/chase')
  @ApiOperation({ summary: 'The coordinator records chasing a team for an advice' })
  @ApiCreatedResponse({ type: HealthAdviceViewDto })
  chase(
    @GatewaySlug() slug: string,
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: ChaseAdviceDto,
  ): Promise<HealthAdviceView> {
    return this.advice.chase(this.setting.served(slug), user, adviceId, body);
  }

  @Get('figures')
  @ApiOperation({
    summary:
      "The coordinator's figures: % returned within 6 weeks by team and month, with and without exceptions; right team first time; open by age; quality",
  })
  @ApiOkResponse({ type: HealthGatewayFiguresDto })
  figures(@GatewaySlug() slug: string, @Query() query: FiguresQuery): Promise<HealthGatewayFigures> {
    return this.figuresService.figures(this.setting.served(slug), query.from, query.to);
  }
}
