import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { DraftPlanComments } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { DraftPlanCommentsDto } from './dto/draft-plan-comments.dto.js';
import { DraftPlanCommentsService } from './draft-plan-comments.service.js';

@ApiTags('cases')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@Controller('cases/:childId/draft-plan-comments')
export class DraftPlanCommentsController {
  constructor(private readonly comments: DraftPlanCommentsService) {}

  @Get()
  @ApiOperation({
    summary: "The family's comments on the child's draft plans, and the schools they named",
    description: 'Newest first, each with who sent it (their relationship to the child) and when.',
  })
  @ApiOkResponse({ type: [DraftPlanCommentsDto] })
  @ApiNotFoundResponse({ description: 'case_not_found: no such case, or not one you can see' })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<DraftPlanComments[]> {
    return this.comments.ofChild(user, childId);
  }
}
