import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RedactedEhcPlan } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { SampledPlansService } from './sampled-plans.service.js';
import { RedactedEhcPlanDto } from '../../cases/plans/dto/ehc-plan.dto.js';

const REDACTED =
  'Names, dates, the setting, addresses, phone numbers and email addresses are replaced by placeholders such as [the child]; the case reference is the only identifier left.';

@ApiTags('quality')
@ApiCookieAuth()
@Controller()
export class SampledPlansController {
  constructor(private readonly sampled: SampledPlansService) {}

  @Get('quality/dip-samples/:sampleId/plans/:requestId')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'A plan in a dip sample, redacted and pseudonymous, as parent reviewers read it',
    description: REDACTED,
  })
  @ApiOkResponse({ type: RedactedEhcPlanDto })
  @ApiNotFoundResponse({
    description: 'plan_not_found: the plan is not in that sample, or has no final plan',
  })
  inSample(
    @Param('sampleId', new ParseUUIDPipe()) sampleId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
  ): Promise<RedactedEhcPlan> {
    return this.sampled.inSample(sampleId, requestId);
  }

  @Get('meetings/:meetingId/items/:itemId/plan')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'The plan behind a dip-sample item of a meeting you are invited to, redacted and pseudonymous',
    description: REDACTED,
  })
  @ApiOkResponse({ type: RedactedEhcPlanDto })
  @ApiNotFoundResponse({
    description: 'plan_not_found: no such dip-sample item in a meeting you are invited to',
  })
  onAgenda(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
  ): Promise<RedactedEhcPlan> {
    return this.sampled.onAgenda(user, meetingId, itemId);
  }
}
