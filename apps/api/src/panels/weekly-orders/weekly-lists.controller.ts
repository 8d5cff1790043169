import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { WeeklyClearedView, WeeklyListView } from '@convene/contracts';
import { VOTE_CHOICE_LABELS, WEEKLY_ORDER_REASON_LABELS } from '@convene/domain';
import { toCsv } from '../../common/csv.js';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { WeeklyClearedViewDto, WeeklyListViewDto } from './dto/weekly-list-view.dto.js';
import { WeeklyListsService } from './weekly-lists.service.js';

@ApiTags('weekly-orders')
@ApiCookieAuth()
@Controller('weekly-orders/:meetingId')
export class WeeklyListsController {
  constructor(private readonly lists: WeeklyListsService) {}

  @Get('officers/:userId')
  @ApiOperation({
    summary:
      "A Family Link Officer's list for the week: their children on the Weekly Orders, why and by when, and the actions agreed",
    description: 'For the officer themself and the sitting’s chair; 404 for anyone else.',
  })
  @ApiOkResponse({ type: WeeklyListViewDto })
  officerList(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<WeeklyListView> {
    return this.lists.officerList(user, meetingId, userId);
  }

  @Get('officers/:userId/list.csv')
  @ApiOperation({ summary: "The officer's list for the week as CSV, one row per child" })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="weekly-orders-list.csv"')
  @Header('Cache-Control', 'private, no-store')
  async officerListCsv(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<StreamableFile> {
    const list = await this.lists.officerList(user, meetingId, userId);
    const csv = toCsv(
      ['case_reference', 'locality', 'reasons', 'first_due_on', 'outcome', 'actions'],
      list.children.map((child) => [
        child.caseReference,
        child.locality.name,
        child.reasons
          .map((r) => `${WEEKLY_ORDER_REASON_LABELS[r.reason]}: ${r.label} by ${r.dueOn}`)
          .join('; '),
        child.reasons[0]?.dueOn ?? '',
        child.outcome ? (VOTE_CHOICE_LABELS[child.outcome.outcome] ?? child.outcome.outcome) : '',
        child.actions.map((a) => `${a.owner.displayName} by ${a.dueOn}: ${a.what} (${a.status})`).join('; '),
      ]),
    );
    return new StreamableFile(Buffer.from(csv, 'utf8'));
  }

  @Get('localities/:code/cleared')
  @ApiOperation({
    summary:
      "For the locality's lead (the sitting's chair): children on last week's agenda no longer on this week's, and actions closed since",
  })
  @ApiOkResponse({ type: WeeklyClearedViewDto })
  cleared(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('code') code: string,
  ): Promise<WeeklyClearedView> {
    return this.lists.clearedInLocality(user, meetingId, code);
  }
}
