import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  DecidedUnderDelegationView,
  DelegatedDecisionView,
  DelegationRuleView,
} from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { DelegatedDecisionsService } from './delegated-decisions.service.js';
import { DelegationSchemeService } from './delegation-scheme.service.js';
import { DecideUnderDelegationDto } from './dto/decide-under-delegation.dto.js';
import {
  DecidedUnderDelegationViewDto,
  DelegatedDecisionViewDto,
} from './dto/delegated-decision-view.dto.js';
import {
  AddDelegationRuleDto,
  ChangeDelegationRuleDto,
  DelegationRuleViewDto,
} from './dto/delegation-rule.dto.js';

@ApiTags('delegation')
@ApiCookieAuth()
@Controller()
export class DelegationController {
  constructor(
    private readonly scheme: DelegationSchemeService,
    private readonly decisions: DelegatedDecisionsService,
  ) {}

  @Get('delegation-scheme')
  @ApiOperation({
    summary:
      "The council's scheme of delegation: which decisions which role may take alone, up to what amount",
  })
  @ApiOkResponse({ type: DelegationRuleViewDto, isArray: true })
  list(): Promise<DelegationRuleView[]> {
    return this.scheme.scheme();
  }

  @Post('admin/delegation-scheme')
  @ApiOperation({
    summary: 'Delegate a kind of decision to a role, with a limit for funding or a personal budget',
  })
  @ApiCreatedResponse({ type: DelegationRuleViewDto })
  add(@CurrentUser() admin: SessionUser, @Body() body: AddDelegationRuleDto): Promise<DelegationRuleView> {
    return this.scheme.add(admin, body);
  }

  @Patch('admin/delegation-scheme/:ruleId')
  @ApiOperation({ summary: 'Change the limit of a line of the scheme, or retire it' })
  @ApiOkResponse({ type: DelegationRuleViewDto })
  change(
    @CurrentUser() admin: SessionUser,
    @Param('ruleId', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeDelegationRuleDto,
  ): Promise<DelegationRuleView> {
    return this.scheme.change(admin, id, body);
  }

  @Get('cases/:childId/delegated-decisions')
  @ApiOperation({ summary: "A child's decisions taken under delegation, newest first" })
  @ApiOkResponse({ type: DelegatedDecisionViewDto, isArray: true })
  ofChild(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<DelegatedDecisionView[]> {
    return this.decisions.ofChild(user, childId);
  }

  @Post('cases/:childId/delegated-decisions')
  @ApiOperation({
    summary: 'Decide alone, under the scheme of delegation',
    description:
      'A decision to assess or to issue (on the child’s request awaiting it), or a change of placement, funding or personal budget (on the request awaiting the panel), by someone the scheme delegates it to, within its amount. It has the same effects on the case as the panel’s decision, and the group that would have taken it notes it at its next sitting. 403 when the scheme delegates it to other roles; 422 when it is not delegated at all or the amount is over the limit.',
  })
  @ApiCreatedResponse({ type: DelegatedDecisionViewDto })
  decide(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: DecideUnderDelegationDto,
  ): Promise<DelegatedDecisionView> {
    return this.decisions.decide(user, childId, body);
  }

  @Get('meetings/:meetingId/decided-under-delegation')
  @ApiOperation({
    summary: 'Decided under delegation since the last meeting: for the group to note',
    description:
      'For members of the meeting (404 for anyone else): the decisions taken alone, of the children its group hears, since the group’s previous sitting started, up to this one’s start.',
  })
  @ApiOkResponse({ type: DecidedUnderDelegationViewDto })
  forNoting(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<DecidedUnderDelegationView> {
    return this.decisions.forNoting(user, meetingId);
  }
}
