import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FamilyFeedbackSent } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyFeedbackSentDto, SendFamilyFeedbackDto } from './dto/send-family-feedback.dto.js';
import { FamilyFeedbackService } from './family-feedback.service.js';

@ApiTags('family')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@Controller('family/children/:childId/feedback')
export class FamilyFeedbackController {
  constructor(private readonly feedback: FamilyFeedbackService) {}

  @Post()
  @ApiOperation({
    summary: 'A parent, carer or young person says how the process went',
    description:
      'A rating from very poor (1) to very good (5), and in their words what went well and what could be better. Kept as sent; counted on the leadership dashboard. In the audit trail (the rating, never the words).',
  })
  @ApiCreatedResponse({ type: FamilyFeedbackSentDto })
  @ApiNotFoundResponse({ description: 'family_child_not_found: not a child this account covers now' })
  @ApiConflictResponse({
    description: 'feedback_already_sent_today: one a day for each child; nothing stored',
  })
  send(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: SendFamilyFeedbackDto,
  ): Promise<FamilyFeedbackSent> {
    return this.feedback.send(user, childId, body);
  }
}
