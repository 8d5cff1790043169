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
import type { HealthAdviceView, HealthGatewayFigures, HealthTeam } from '@convene/contracts';
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
import { HealthAdviceService } from './health-advice.service.js';
import { HealthGatewayFiguresService } from './health-gateway-figures.service.js';
import { HealthTeamDto } from './dto/health-team.dto.js';
import { HealthAdviceViewDto } from './dto/health-advice-view.dto.js';
import { HealthGatewayFiguresDto } from './dto/health-gateway-figures.dto.js';
import { AcceptsFileUpload } from '../../common/accepts-file-upload.decorator.js';

@ApiTags('health-gateway')
@ApiCookieAuth()
@Controller('health-gateway')
export class HealthGatewayController {
  constructor(
    private readonly advice: HealthAdviceService,
    private readonly figuresService: HealthGatewayFiguresService,
  ) {}

  @Get('teams')
  @ApiOperation({ summary: 'The health teams the gateway triages to' })
  @ApiOkResponse({ type: HealthTeamDto, isArray: true })
  teams(): Promise<HealthTeam[]> {
    return this.advice.teams();
  }

  @Get('advice')
  @ApiOperation({
    summary: "The DCO's tracker, or a team's queue: requests for health advice with their 6-week deadlines",
    description: 'A health team representative always gets their own team’s queue.',
  })
  @ApiOkResponse({ type: HealthAdviceViewDto, isArray: true })
  list(@CurrentUser() user: SessionUser, @Query() query: AdviceListQuery): Promise<HealthAdviceView[]> {
    return this.advice.list(user, query);
  }

  @Post('advice')
  @ApiOperation({
    summary:
      'Record a request for health advice by hand, or a referral on the 0–2 pathway; it awaits the next gateway',
  })
  @ApiCreatedResponse({ type: HealthAdviceViewDto })
  record(@CurrentUser() user: SessionUser, @Body() body: RecordHealthAdviceDto): Promise<HealthAdviceView> {
    return this.advice.record(user, body);
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
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: ReturnAdviceDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<HealthAdviceView> {
    return this.advice.returnAdvice(user, adviceId, body, file);
  }

  @Post('advice/:adviceId/quality')
  @ApiOperation({
    summary: 'The DCO rates a returned advice on the rubric; it meets the standard when every point is met',
  })
  @ApiCreatedResponse({ type: HealthAdviceViewDto })
  rate(
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: RateAdviceQualityDto,
  ): Promise<HealthAdviceView> {
    return this.advice.rateQuality(user, adviceId, body);
  }

  @Post('advice/:adviceId/chase')
  @ApiOperation({ summary: 'The DCO records chasing a team for an advice' })
  @ApiCreatedResponse({ type: HealthAdviceViewDto })
  chase(
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: ChaseAdviceDto,
  ): Promise<HealthAdviceView> {
    return this.advice.chase(user, adviceId, body);
  }

  @Get('figures')
  @ApiOperation({
    summary:
      "The DCO's figures: % returned within 6 weeks by team and month, with and without exceptions; right team first time; open by age; quality",
  })
  @ApiOkResponse({ type: HealthGatewayFiguresDto })
  figures(@Query() query: FiguresQuery): Promise<HealthGatewayFigures> {
    return this.figuresService.figures(query.from, query.to);
  }
}
