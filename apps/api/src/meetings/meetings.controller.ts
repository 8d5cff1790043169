import { Controller, Get, Header, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { MeetingListItem, MeetingMinutes, MeetingSnapshot } from '@convene/contracts';
import { tallyInWords, VOTE_CHOICE_LABELS } from '@convene/domain';
import { toCsv } from '../common/csv.js';
import { MinutesService } from './minutes.service.js';
import { minutesPdf } from './minutes-pdf.js';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { MeetingBroadcaster } from './engine/meeting-broadcaster.js';
import { MeetingSnapshotService } from './engine/meeting-snapshot.service.js';
import { MeetingsService } from './meetings.service.js';
import { ListMeetingsQuery } from './dto/list-meetings.query.js';
import { MeetingListItemDto } from './dto/meeting-list-item.dto.js';
import { MeetingMinutesDto } from './dto/meeting-minutes.dto.js';
import { MeetingSnapshotDto } from './dto/meeting-snapshot.dto.js';

@ApiTags('meetings')
@ApiCookieAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly snapshots: MeetingSnapshotService,
    private readonly broadcaster: MeetingBroadcaster,
    private readonly minutes: MinutesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The meetings you are invited to, upcoming first (or past, most recent first)' })
  @ApiQuery({ name: 'when', enum: ['upcoming', 'past'], required: false })
  @ApiOkResponse({ type: MeetingListItemDto, isArray: true })
  list(@CurrentUser() user: SessionUser, @Query() query: ListMeetingsQuery): Promise<MeetingListItem[]> {
    return this.meetings.listFor(user, query.when);
  }

  @Get(':meetingId')
  @ApiOperation({
    summary: 'A meeting as you see it now: the same snapshot the live room sends on join',
    description:
      "Other members' votes appear only after the chair reveals them. The live room is on the socket.io namespace /meetings (see docs/socket-protocol.md).",
  })
  @ApiOkResponse({ type: MeetingSnapshotDto })
  async snapshot(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<MeetingSnapshot> {
    return this.snapshots.build(user, meetingId, await this.broadcaster.presence(meetingId));
  }

  @Get(':meetingId/minutes')
  @ApiOperation({
    summary: 'The minutes: attendance, apologies, declarations, and each item with its outcome and reasons',
  })
  @ApiOkResponse({ type: MeetingMinutesDto })
  minutesOf(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<MeetingMinutes> {
    return this.minutes.build(user, meetingId);
  }

  @Get(':meetingId/minutes.csv')
  @ApiOperation({
    summary:
      "The minutes' decisions as CSV, one row per agenda item, then one per decision the sitting noted (taken in writing or under delegation since it last sat)",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="convene-minutes.csv"')
  @Header('Cache-Control', 'private, no-store')
  async minutesCsv(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<StreamableFile> {
    const minutes = await this.minutes.build(user, meetingId);
    const label = (choice: string | null) => (choice ? (VOTE_CHOICE_LABELS[choice] ?? choice) : '');
    const csv = toCsv(
      [
        'item',
        'kind',
        'case_reference',
        'presenter',
        'status',
        'outcome',
        'reasons',
        'conditions',
        'tally',
        'declared_interest',
        'inquorate_reason',
        'deferred_reason',
        'withdrawn_reason',
        'criteria_not_met_reason',
        'voting_reopened_reasons',
        'corrected_reasons',
        'corrections',
        'actions',
      ],
      minutes.items
        .map((i) => [
          i.position,
          i.kind,
          i.caseReference ?? (i.forAnotherTeam ? 'an item for another team' : 'restricted'),
          i.presenter ?? '',
          i.status,
          label(i.outcome),
          i.reasons ?? '',
          i.conditions ?? '',
          i.tally ? tallyInWords(i.tally) : '',
          i.recused.join('; '),
          i.inquorateReason ?? '',
          i.deferredReason ?? '',
          i.withdrawnReason ?? '',
          i.criteriaNotMetReason ?? '',
          i.votingReopenedReasons.join('; '),
          // The reasons as they stand after the last correction; every correction, with why, after them.
          i.corrections.at(-1)?.reasons ?? '',
          i.corrections.map((c) => `${c.correctedAt} ${c.correctedBy}: ${c.correctionReason}`).join('; '),
          i.actions.map((a) => `${a.owner} by ${a.dueOn}: ${a.what}`).join('; '),
        ])
        .concat(notedDecisionRows(minutes, label)),
    );
    return new StreamableFile(Buffer.from(csv, 'utf8'));
  }

  @Get(':meetingId/minutes.pdf')
  @ApiOperation({ summary: 'The minutes as a PDF for the record' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="convene-minutes.pdf"')
  @Header('Cache-Control', 'private, no-store')
  async minutesAsPdf(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await minutesPdf(await this.minutes.build(user, meetingId)));
  }
}

/**
 * The decisions the sitting noted, after its own items: those the group took in writing and those taken under the
 * scheme of delegation since it last sat. The item column says how each was taken, so the record is whole.
 */
function notedDecisionRows(
  minutes: MeetingMinutes,
  label: (choice: string | null) => string,
): (string | number)[][] {
  const blanks = (n: number) => Array.from({ length: n }, () => '');
  return [
    ...minutes.writtenDecisions.map((d) => [
      'noted: decided in writing',
      d.itemKind,
      d.caseReference ?? 'restricted',
      '',
      'decided',
      label(d.outcome),
      d.reasons,
      '',
      tallyInWords(d.tally),
      ...blanks(9),
    ]),
    ...minutes.decidedUnderDelegation.map((d) => [
      `noted: decided under delegation by ${d.decidedBy}`,
      d.kind,
      d.caseReference,
      '',
      'decided',
      label(d.outcome),
      d.reasons,
      ...blanks(11),
    ]),
  ];
}
