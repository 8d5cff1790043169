import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ActionOwnersView,
  ActionsFromLastTimeView,
  ActionView,
  MyActionsView,
} from '@convene/contracts';
import { ADVICE_GATEWAYS } from '@convene/domain';
import { AdviceGatewaysSetting } from '../cases/advice-gateways-setting.js';
import { GatewaySlug } from '../cases/gateway-slug.decorator.js';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { ActionsService } from './actions.service.js';
import {
  ActionOwnersViewDto,
  ActionsFromLastTimeViewDto,
  ActionViewDto,
  MyActionsViewDto,
} from './dto/action-view.dto.js';
import { AddCaseActionDto } from './dto/add-case-action.dto.js';
import { CloseActionDto } from './dto/close-action.dto.js';

@ApiTags('actions')
@ApiCookieAuth()
@Controller()
export class ActionsController {
  constructor(
    private readonly actions: ActionsService,
    private readonly gateways: AdviceGatewaysSetting,
  ) {}

  @Get('actions/mine')
  @ApiOperation({
    summary: 'My actions: open ones the most overdue first, then those closed in the last 30 days',
  })
  @ApiOkResponse({ type: MyActionsViewDto })
  mine(@CurrentUser() user: SessionUser): Promise<MyActionsView> {
    return this.actions.mine(user);
  }

  @Get('actions/owners')
  @ApiOperation({ summary: 'Who an action may be given to: every active person, and every team' })
  @ApiOkResponse({ type: ActionOwnersViewDto })
  owners(): Promise<ActionOwnersView> {
    return this.actions.owners();
  }

  @Get('teams/:agencyId/actions')
  @ApiOperation({
    summary:
      "A team's actions, for its members, the DCO, SEND managers and administrators (404 for anyone else)",
  })
  @ApiOkResponse({ type: MyActionsViewDto })
  ofTeam(
    @CurrentUser() user: SessionUser,
    @Param('agencyId', new ParseUUIDPipe()) agencyId: string,
  ): Promise<MyActionsView> {
    return this.actions.ofTeam(user, agencyId);
  }

  @Get('meetings/:meetingId/actions-from-last-time')
  @ApiOperation({
    summary:
      'Actions from last time: those agreed at the previous sitting of the same group, open ones first, for its chair to go through',
    description:
      "For the meeting's chair or an administrator (404 for anyone else). The previous sitting is the latest meeting of the same kind, not cancelled, that started before this one.",
  })
  @ApiOkResponse({ type: ActionsFromLastTimeViewDto })
  fromLastTime(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<ActionsFromLastTimeView> {
    return this.actions.fromLastTime(user, meetingId);
  }

  @Get('cases/:childId/actions')
  @ApiOperation({
    summary: "A child's actions, open ones the most overdue first, from wherever they were agreed",
  })
  @ApiOkResponse({ type: ActionViewDto, isArray: true })
  ofCase(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<ActionView[]> {
    return this.actions.ofCase(user, childId);
  }

  @Post('cases/:childId/actions')
  @ApiOperation({
    summary:
      "Add an action on a child's case: what, who owns it (a person or a team), and the day it is due by",
    description:
      "By the child's Family Link Officer, a SEND manager or an administrator. Refused with 422 naming the field for no owner or two, an owner who does not exist or is deactivated, or a day already past.",
  })
  @ApiCreatedResponse({ type: ActionViewDto })
  addToCase(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: AddCaseActionDto,
  ): Promise<ActionView> {
    return this.actions.addToCase(user, childId, body);
  }

  @Post(ADVICE_GATEWAYS.map((gateway) => `${gateway.slug}/advice/:adviceId/actions`))
  @ApiOperation({
    summary:
      'Add an action on an advice request of the gateway (health, social care…): what, who owns it, and the day it is due by',
    description:
      'By the team the advice was sent to, the gateway’s coordinator or an administrator. 404 for no such advice request of that gateway, or a gateway the council does not run; 422 naming the field as on a case.',
  })
  @ApiCreatedResponse({ type: ActionViewDto })
  addToAdvice(
    @GatewaySlug() slug: string,
    @CurrentUser() user: SessionUser,
    @Param('adviceId', new ParseUUIDPipe()) adviceId: string,
    @Body() body: AddCaseActionDto,
  ): Promise<ActionView> {
    return this.actions.addToAdvice(this.gateways.served(slug), user, adviceId, body);
  }

  @Post('quality/dip-samples/:sampleId/plans/:requestId/actions')
  @ApiOperation({
    summary: "Add an action from a dip sample's moderation of a plan (e.g. the writer to amend a section)",
    description:
      'Once the plan’s moderated grade is recorded (409 before); 404 for a plan not in the sample; 422 naming the field as on a case.',
  })
  @ApiCreatedResponse({ type: ActionViewDto })
  addToSampledPlan(
    @CurrentUser() user: SessionUser,
    @Param('sampleId', new ParseUUIDPipe()) sampleId: string,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: AddCaseActionDto,
  ): Promise<ActionView> {
    return this.actions.addToSampledPlan(user, sampleId, requestId, body);
  }

  @Post('actions/:actionId/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close an action: done, with a note of what was done; or cancelled, with why',
    description:
      'By its owner, a member of the team that owns it, whoever added it, a SEND manager or an administrator (403 otherwise); 409 when already closed.',
  })
  @ApiOkResponse({ type: ActionViewDto })
  close(
    @CurrentUser() user: SessionUser,
    @Param('actionId', new ParseUUIDPipe()) actionId: string,
    @Body() body: CloseActionDto,
  ): Promise<ActionView> {
    return this.actions.close(user, actionId, body);
  }
}
