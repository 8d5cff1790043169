import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FamilyRequestOverview } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyRequestOverviewDto } from './dto/family-request-overview.dto.js';
import { FamilyRequestService } from './family-request.service.js';

@ApiTags('family')
@ApiCookieAuth()
@Controller('family/children/:childId/request')
export class FamilyRequestController {
  constructor(private readonly requests: FamilyRequestService) {}

  @Get()
  @ApiOperation({
    summary: "A parent, carer or young person reads their child's request",
    description:
      'The path in plain words: where the request is, the next step and its day, what is late and why (the ' +
      'exceptions the council recorded), the draft plan’s 15 days for comments with the days left, and the Family ' +
      'Link Officer to contact. Never the panel’s votes, notes or papers. Each reading is in the audit trail.',
  })
  @ApiOkResponse({ type: FamilyRequestOverviewDto })
  @ApiNotFoundResponse({
    description: 'family_request_not_found: not a child this account covers now, or no request recorded',
  })
  overview(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyRequestOverview> {
    return this.requests.overview(user, childId);
  }
}
