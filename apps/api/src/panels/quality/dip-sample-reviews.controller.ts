import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DipSampleSummary, Page, SamplePlanReview } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { DipSampleListService } from './dip-sample-list.service.js';
import {
  DipSampleListQueryDto,
  ModerateSamplePlanDto,
  ScoreSamplePlanDto,
} from './dip-sample-reviews.dto.js';
import { SamplePlanReviewsService } from './sample-plan-reviews.service.js';
import { DipSampleSummaryPage } from './dto/dip-sample-summary.dto.js';
import { SamplePlanReviewDto } from './dto/sample-plan-review.dto.js';

const PLAN = 'quality/dip-samples/:sampleId/plans/:requestId';

/** Past dip samples, and seniors' (tier 2) samples scored, revealed and moderated between meetings. */
@ApiTags('quality')
@ApiCookieAuth()
@Controller()
export class DipSampleReviewsController {
  constructor(
    private readonly list: DipSampleListService,
    private readonly reviews: SamplePlanReviewsService,
  ) {}

  @Get('quality/dip-samples')
  @ApiOperation({ summary: 'Past dip samples, newest first, filtered by tier, month drawn and theme' })
  @ApiOkResponse({ type: DipSampleSummaryPage })
  samples(@Query() query: DipSampleListQueryDto): Promise<Page<DipSampleSummary>> {
    return this.list.list(query);
  }

  @Post(`${PLAN}/scores`)
  @ApiOperation({
    summary: 'Score a plan of a seniors’ sample privately',
    description:
      'Any senior (panel chair or quality reviewer) may score. Scored on the framework’s active criteria as in the room; a grade other than the one the ticks earn needs its reason. ' +
      'Nobody else sees the score until the sample’s owner reveals it; it can be changed (a new score) until then. Answers with the plan’s review as the scorer sees it.',
  })
  @ApiCreatedResponse({ type: SamplePlanReviewDto, description: 'The plan’s review as the scorer sees it' })
  @ApiNotFoundResponse({ description: 'No such plan in that sample' })
  @ApiConflictResponse({
    description: 'The scores are revealed or moderated, or the sample is the group’s (scored in its meeting)',
  })
  score(
    @CurrentUser() user: SessionUser,
    @Param('sampleId', new ParseUUIDPipe()) sampleId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: ScoreSamplePlanDto,
  ): Promise<SamplePlanReview> {
    return this.reviews.score(user, sampleId, requestId, body);
  }

  @Post(`${PLAN}/reveal`)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Reveal every score of a plan at once (the sample’s owner), flagging reviewers two grades or more apart',
  })
  @ApiOkResponse({ type: SamplePlanReviewDto })
  @ApiForbiddenResponse({ description: 'Only the person who drew the sample reveals its scores' })
  @ApiConflictResponse({ description: 'Already revealed, or nobody has scored the plan' })
  reveal(
    @CurrentUser() user: SessionUser,
    @Param('sampleId', new ParseUUIDPipe()) sampleId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
  ): Promise<SamplePlanReview> {
    return this.reviews.reveal(user, sampleId, requestId);
  }

  @Post(`${PLAN}/moderation`)
  @ApiOperation({
    summary:
      'Record a plan’s moderated grade with feedback for its writer (the sample’s owner, after the reveal, once)',
  })
  @ApiCreatedResponse({ type: SamplePlanReviewDto })
  @ApiForbiddenResponse({ description: 'Only the person who drew the sample records the moderated grade' })
  @ApiConflictResponse({ description: 'The scores are not revealed yet, or the grade is already recorded' })
  moderate(
    @CurrentUser() user: SessionUser,
    @Param('sampleId', new ParseUUIDPipe()) sampleId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: ModerateSamplePlanDto,
  ): Promise<SamplePlanReview> {
    return this.reviews.moderate(user, sampleId, requestId, body);
  }
}
