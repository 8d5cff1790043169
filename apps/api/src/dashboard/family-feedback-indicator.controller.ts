import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FamilyFeedbackIndicator } from '@convene/contracts';
import { FamilyFeedbackIndicatorDto } from './dto/family-feedback-indicator.dto.js';
import { FamilyFeedbackIndicatorService } from './family-feedback-indicator.service.js';

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard/family-feedback')
export class FamilyFeedbackIndicatorController {
  constructor(private readonly feedback: FamilyFeedbackIndicatorService) {}

  @Get()
  @ApiOperation({
    summary: 'Families’ feedback on how the process went: the last 90 days against the 90 before',
    description:
      'For each period: how many feedbacks families sent, the mean rating (1 very poor to 5 very good) and the share rating good or very good (4 or 5). Counted by the day in England each was sent.',
  })
  @ApiOkResponse({ type: FamilyFeedbackIndicatorDto })
  indicator(): Promise<FamilyFeedbackIndicator> {
    return this.feedback.indicator();
  }
}
