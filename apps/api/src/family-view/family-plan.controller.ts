import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FamilyPlan, SentDraftComments } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyPlanDto, SentDraftCommentsDto } from './dto/family-plan.dto.js';
import { SendDraftCommentsDto } from './dto/send-draft-comments.dto.js';
import { FamilyPlanService } from './family-plan.service.js';

@ApiTags('family')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@ApiNotFoundResponse({
  description: 'family_plan_not_found: not a child this account covers now, or no plan issued yet',
})
@Controller('family/children/:childId/plan')
export class FamilyPlanController {
  constructor(private readonly plans: FamilyPlanService) {}

  @Get()
  @ApiOperation({
    summary: "A parent, carer or young person reads their child's draft or final plan",
    description:
      'Sections A to K named in plain words; for a draft, the 15 days to comment and name a school (reg 13(1)) ' +
      'with the days left, and what this person has sent so far. Each reading is in the audit trail.',
  })
  @ApiOkResponse({ type: FamilyPlanDto })
  read(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyPlan> {
    return this.plans.read(user, childId);
  }

  @Post('comments')
  @ApiOperation({
    summary: 'Send comments on the draft plan, and the school or college the family would like',
    description:
      'Taken while the draft waits on the final plan, up to and including its 15th day; several may be sent. ' +
      'Kept as sent, never changed; the council sees them on the case. In the audit trail.',
  })
  @ApiCreatedResponse({ type: SentDraftCommentsDto })
  @ApiConflictResponse({
    description:
      'draft_comments_closed: the 15 days have ended, no draft has been sent, or the final plan is issued. Nothing stored.',
  })
  comment(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: SendDraftCommentsDto,
  ): Promise<SentDraftComments> {
    return this.plans.comment(user, childId, body);
  }
}
