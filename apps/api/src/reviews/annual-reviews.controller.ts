import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AnnualReviewView } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { AnnualReviewsService } from './annual-reviews.service.js';
import { RecordAmendedPlanDto } from './dto/record-amended-plan.dto.js';
import { RecordReviewDecisionDto } from './dto/record-review-decision.dto.js';
import { RecordReviewMeetingDto } from './dto/record-review-meeting.dto.js';
import { AnnualReviewViewDto } from './dto/annual-review-view.dto.js';

@ApiTags('annual reviews and phase transfers')
@ApiCookieAuth()
@Controller()
export class AnnualReviewsController {
  constructor(private readonly reviews: AnnualReviewsService) {}

  @Get('cases/:childId/annual-reviews')
  @ApiOperation({
    summary: "A child's annual reviews, the one now running first, each with its clock",
    description:
      'Due by the last day of the 12 months starting with the day of the final plan or the last review meeting, the day before its anniversary (s44(1)); the decision within 4 weeks of the meeting (reg 20(10)); an amended plan within 8 weeks of a decision to amend (reg 22(3)) and at the latest 12 weeks after the meeting (R (L) v Devon CC [2022] EWHC 493 (Admin)), so a late decision does not move it. The review now running has a null id until something of it is recorded.',
  })
  @ApiOkResponse({ type: AnnualReviewViewDto, isArray: true })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<AnnualReviewView[]> {
    return this.reviews.list(user, childId);
  }

  @Post('cases/:childId/annual-reviews')
  @ApiOperation({
    summary: 'Record the meeting of the annual review now running',
    description:
      'By the child’s Family Link Officer, a chair or an admin, for a child with a final plan. Refused with 422 for a day before the plan was issued or last reviewed, or one not yet come.',
  })
  @ApiCreatedResponse({ type: AnnualReviewViewDto, description: 'The review with its meeting' })
  recordMeeting(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: RecordReviewMeetingDto,
  ): Promise<AnnualReviewView> {
    return this.reviews.recordMeeting(user, childId, body);
  }

  @Post('annual-reviews/:reviewId/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record the decision after a review meeting: maintain, amend or cease the plan',
    description:
      'Refused with 422 before the meeting is recorded or for a day before it; 409 when already recorded.',
  })
  @ApiOkResponse({ type: AnnualReviewViewDto, description: 'The review as it now stands' })
  recordDecision(
    @CurrentUser() user: SessionUser,
    @Param('reviewId', new ParseUUIDPipe()) reviewId: string,
    @Body() body: RecordReviewDecisionDto,
  ): Promise<AnnualReviewView> {
    return this.reviews.recordDecision(user, reviewId, body);
  }

  @Post('annual-reviews/:reviewId/amended-plan')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record the amended plan issued after a decision to amend',
    description:
      'Refused with 422 unless the decision was to amend, or for a day before it; 409 when already recorded.',
  })
  @ApiOkResponse({ type: AnnualReviewViewDto, description: 'The review as it now stands' })
  recordAmendedPlan(
    @CurrentUser() user: SessionUser,
    @Param('reviewId', new ParseUUIDPipe()) reviewId: string,
    @Body() body: RecordAmendedPlanDto,
  ): Promise<AnnualReviewView> {
    return this.reviews.recordAmendedPlan(user, reviewId, body);
  }
}
