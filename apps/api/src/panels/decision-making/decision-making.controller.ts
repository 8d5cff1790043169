import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import type { DecisionReport } from '@convene/contracts';
import { LeadershipReportQuery } from './leadership-report.query.js';
import { LeadershipReportService } from './leadership-report.service.js';
import { OutcomeLettersService } from './outcome-letters.service.js';
import { ScheduleMeetingDto } from './schedule-meeting.dto.js';
import { ScheduleMeetingService } from './schedule-meeting.service.js';
import { AgendaBuiltDto, ScheduledMeetingDto } from './scheduled-meeting.dto.js';
import { DecisionReportDto } from './dto/decision-report.dto.js';

@ApiTags('decision-making')
@ApiCookieAuth()
@Controller()
export class DecisionMakingController {
  constructor(
    private readonly letters: OutcomeLettersService,
    private readonly scheduler: ScheduleMeetingService,
    private readonly report: LeadershipReportService,
  ) {}

  @Get('reports/decisions')
  @ApiOperation({
    summary:
      'Decisions for the SEND leadership team: by type and outcome, refusal rate, by month, locality, need and school',
  })
  @ApiOkResponse({ type: DecisionReportDto })
  decisions(@Query() query: LeadershipReportQuery): Promise<DecisionReport> {
    return this.report.decisions(query.from, query.to);
  }

  @Post('meetings')
  @ApiOperation({
    summary: 'Arrange a meeting of a panel',
    description:
      "Members are invited from the panel's meeting group. A Decision-Making Group's agenda is built from the case pipeline: requests awaiting a decision to assess and assessments awaiting a decision to issue, most urgent first, then changes of placement, funding and personal budget requests, each presented by the case's Family Link Officer. With `repeatWeeks`, the same sitting is arranged each following week at the same English time (`series` lists them all, first first); their agendas are built nearer the day.",
  })
  @ApiCreatedResponse({ type: ScheduledMeetingDto })
  schedule(
    @CurrentUser() user: SessionUser,
    @Body() body: ScheduleMeetingDto,
  ): Promise<{ id: string; series: string[] }> {
    return this.scheduler.schedule(user, body);
  }

  @Post('meetings/:meetingId/agenda/build')
  @ApiOperation({
    summary: "Build a coming Decision-Making Group's agenda from the case pipeline",
    description:
      'Adds, at the end of the agenda, the cases waiting for a decision that are on no other open agenda. For the chair of the meeting (or an admin), before it starts.',
  })
  @ApiCreatedResponse({ type: AgendaBuiltDto })
  buildAgenda(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<{ added: number }> {
    return this.scheduler.buildAgenda(user, meetingId);
  }

  @Get('meetings/:meetingId/items/:itemId/outcome-letter.pdf')
  @ApiOperation({
    summary:
      'The letter to the family for a refusal to assess or a decision not to issue, with the reasons and their rights to mediation and appeal',
    description:
      'Only for a decided item with one of those outcomes; only for members of the meeting whose role may see the child’s name.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'private, no-store')
  async letter(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
  ): Promise<StreamableFile> {
    const { pdf, fileName } = await this.letters.letterFor(user, meetingId, itemId);
    return new StreamableFile(pdf, { disposition: `attachment; filename="${fileName}"` });
  }

  @Get('cases/:childId/delegated-decisions/:decisionId/outcome-letter.pdf')
  @ApiOperation({
    summary:
      'The letter to the family for a refusal to assess or a decision not to issue taken under delegation: the same letter as after the panel',
    description:
      'Only for a decision with one of those outcomes; only for roles that may see the child’s name.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'private, no-store')
  async delegatedLetter(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Param('decisionId', new ParseUUIDPipe()) decisionId: string,
  ): Promise<StreamableFile> {
    const { pdf, fileName } = await this.letters.letterForDelegated(user, childId, decisionId);
    return new StreamableFile(pdf, { disposition: `attachment; filename="${fileName}"` });
  }
}
