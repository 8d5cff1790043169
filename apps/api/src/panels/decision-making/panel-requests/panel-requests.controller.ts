import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PanelRequestView } from '@convene/contracts';
import { CurrentUser } from '../../../identity/current-user.decorator.js';
import type { SessionUser } from '../../../identity/session-user.js';
import { PanelRequestsService } from './panel-requests.service.js';
import { RaisePanelRequestDto } from './raise-panel-request.dto.js';
import { PanelRequestViewDto } from './panel-request-view.dto.js';

@ApiTags('decision-making')
@ApiCookieAuth()
@Controller('cases/:childId/panel-requests')
export class PanelRequestsController {
  constructor(private readonly requests: PanelRequestsService) {}

  @Get()
  @ApiOperation({
    summary: "A child's changes of placement, funding and personal budget requests, newest first",
  })
  @ApiOkResponse({ type: PanelRequestViewDto, isArray: true })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<PanelRequestView[]> {
    return this.requests.list(user, childId);
  }

  @Post()
  @ApiOperation({
    summary: 'Bring a change of placement, funding or a personal budget to the Decision-Making Group',
    description:
      'For a child with an EHC plan (draft or final), by the child’s Family Link Officer or a chair. The request goes on the next Decision-Making Group’s agenda when it is arranged. A change of placement names the setting and its type; funding gives the amount a year in pence, the band and the period; a personal budget the amount, what it pays for and the period.',
  })
  @ApiCreatedResponse({ type: PanelRequestViewDto, description: 'The new request, awaiting the panel' })
  raise(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: RaisePanelRequestDto,
  ): Promise<PanelRequestView> {
    return this.requests.raise(user, childId, body);
  }
}
