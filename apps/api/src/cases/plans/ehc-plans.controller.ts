import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EhcPlanInFull } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { EhcPlansService } from './ehc-plans.service.js';
import { EhcPlanInFullDto } from './dto/ehc-plan.dto.js';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('requests')
export class EhcPlansController {
  constructor(private readonly plans: EhcPlansService) {}

  @Get(':requestId/plan')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary:
      'The EHC plan issued for a request, in full: sections A to K with the names of the child, family and setting',
    description:
      'Only for roles that may see a child’s name, and only for cases they can see. Parent reviewers read sampled plans redacted, under /api/quality.',
  })
  @ApiOkResponse({ type: EhcPlanInFullDto })
  @ApiNotFoundResponse({
    description: 'plan_not_found: no final plan issued for that request, or not yours to read',
  })
  inFull(
    @CurrentUser() user: SessionUser,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
  ): Promise<EhcPlanInFull> {
    return this.plans.inFull(user, requestId);
  }
}
