import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ChairedGroup,
  PutInWritingResult,
  WrittenCommandResult,
  WrittenDecisionForNoting,
  WrittenProcedureSummary,
} from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import {
  ChairedGroupDto,
  PutInWritingDto,
  PutInWritingResultDto,
  RecordInWritingDto,
  RevealInWritingDto,
  VoteInWritingDto,
  WrittenCommandResultDto,
  WrittenDecisionForNotingDto,
  WrittenProcedureSummaryDto,
} from './written-procedures.dto.js';
import { WrittenProceduresService } from './written-procedures.service.js';

const meetingIdParam = new ParseUUIDPipe();

@ApiTags('meetings')
@ApiCookieAuth()
@Controller()
export class WrittenProceduresController {
  constructor(private readonly written: WrittenProceduresService) {}

  @Get('written-procedures/groups')
  @ApiOperation({ summary: 'The meeting groups you chair: those you may put a decision to in writing' })
  @ApiOkResponse({ type: ChairedGroupDto, isArray: true })
  groups(@CurrentUser() user: SessionUser): Promise<ChairedGroup[]> {
    return this.written.chairedGroups(user);
  }

  @Get('written-procedures')
  @ApiOperation({
    summary:
      'The decisions in writing you are asked to respond to, or chair: open ones first, soonest deadline first',
  })
  @ApiOkResponse({ type: WrittenProcedureSummaryDto, isArray: true })
  list(@CurrentUser() user: SessionUser): Promise<WrittenProcedureSummary[]> {
    return this.written.list(user);
  }

  @Post('written-procedures')
  @ApiOperation({
    summary: "Put a case to your group's members in writing, for a decision between sittings",
    description:
      "A meeting of the group's kind, held in writing until `respondBy`, with the case as its one item and voting open: the members are told their vote is waiting. Votes stay hidden until you reveal them, after the deadline or once every member has voted. GET /api/meetings/{meetingId} shows it as the room would.",
  })
  @ApiCreatedResponse({ type: PutInWritingResultDto })
  put(@CurrentUser() user: SessionUser, @Body() body: PutInWritingDto): Promise<PutInWritingResult> {
    return this.written.put(user, body);
  }

  @Post('written-procedures/:meetingId/votes')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Vote, with your reason, before the deadline; you may change your vote until then',
  })
  @ApiOkResponse({ type: WrittenCommandResultDto })
  vote(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', meetingIdParam) meetingId: string,
    @Body() body: VoteInWritingDto,
  ): Promise<WrittenCommandResult> {
    return this.written.vote(user, meetingId, body);
  }

  @Post('written-procedures/:meetingId/reveal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The chair closes the vote and reveals it: after the deadline, or once every member has voted',
    description:
      'Quorum counts the voting members who responded. An inquorate vote closes only with `inquorateReason`.',
  })
  @ApiOkResponse({ type: WrittenCommandResultDto })
  reveal(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', meetingIdParam) meetingId: string,
    @Body() body: RevealInWritingDto,
  ): Promise<WrittenCommandResult> {
    return this.written.reveal(user, meetingId, body);
  }

  @Post('written-procedures/:meetingId/outcome')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The chair records the decision, as in the room, with its reasons; the decision in writing ends',
  })
  @ApiOkResponse({ type: WrittenCommandResultDto })
  record(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', meetingIdParam) meetingId: string,
    @Body() body: RecordInWritingDto,
  ): Promise<WrittenCommandResult> {
    return this.written.record(user, meetingId, body);
  }

  @Get('meetings/:meetingId/written-decisions')
  @ApiOperation({
    summary: "For a sitting: the group's decisions taken in writing since it last sat, for noting",
  })
  @ApiOkResponse({ type: WrittenDecisionForNotingDto, isArray: true })
  forNoting(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', meetingIdParam) meetingId: string,
  ): Promise<WrittenDecisionForNoting[]> {
    return this.written.forNoting(user, meetingId);
  }
}
