import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FamilyAdvice, FamilyDecisions, FamilyPlanReviews } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyAdviceDto, FamilyDecisionsDto, FamilyPlanReviewsDto } from './dto/family-decisions.dto.js';
import { FamilyDecisionsService } from './family-decisions.service.js';

const NOT_THEIRS = 'family_request_not_found: not a child this account covers now';

@ApiTags('family')
@ApiCookieAuth()
@Controller('family/children/:childId')
export class FamilyDecisionsController {
  constructor(private readonly family: FamilyDecisionsService) {}

  @Get('decisions')
  @ApiOperation({
    summary: 'A family reads the decisions on their child’s request, each with its letter',
    description:
      'Whether to assess and whether to write a plan, taken in a meeting or under delegation: the day and plain ' +
      'words, and a refusal’s reasons as its letter gives them (as last corrected). Never the votes or who voted.',
  })
  @ApiOkResponse({ type: FamilyDecisionsDto })
  @ApiNotFoundResponse({ description: NOT_THEIRS })
  decisions(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyDecisions> {
    return this.family.decisions(user, childId);
  }

  @Get('decisions/:decisionId/letter')
  @ApiOperation({ summary: 'A family downloads the letter for one decision (PDF)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({
    description: `${NOT_THEIRS}; family_decision_not_found: no such decision for the child`,
  })
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'private, no-store')
  async letter(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Param('decisionId', new ParseUUIDPipe()) decisionId: string,
  ): Promise<StreamableFile> {
    const { pdf, fileName } = await this.family.letter(user, childId, decisionId);
    return new StreamableFile(pdf, { disposition: `attachment; filename="${fileName}"` });
  }

  @Get('advice')
  @ApiOperation({
    summary: 'A family reads who was asked for advice, when, when it is due and when it came back',
    description: 'The days only (due 6 weeks after asking, reg 8(1)), never the advice itself.',
  })
  @ApiOkResponse({ type: FamilyAdviceDto })
  @ApiNotFoundResponse({ description: NOT_THEIRS })
  advice(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyAdvice> {
    return this.family.advice(user, childId);
  }

  @Get('reviews')
  @ApiOperation({ summary: 'A family reads when the plan was last reviewed and when the next review is due' })
  @ApiOkResponse({ type: FamilyPlanReviewsDto })
  @ApiNotFoundResponse({ description: NOT_THEIRS })
  reviews(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyPlanReviews> {
    return this.family.reviews(user, childId);
  }
}
