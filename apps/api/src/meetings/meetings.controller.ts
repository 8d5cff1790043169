import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { MeetingListItem, MeetingSnapshot } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { MeetingBroadcaster } from './engine/meeting-broadcaster.js';
import { MeetingSnapshotService } from './engine/meeting-snapshot.service.js';
import { MeetingsService } from './meetings.service.js';
import { ListMeetingsQuery } from './dto/list-meetings.query.js';

@ApiTags('meetings')
@ApiCookieAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly snapshots: MeetingSnapshotService,
    private readonly broadcaster: MeetingBroadcaster,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The meetings you are invited to, upcoming first (or past, most recent first)' })
  @ApiQuery({ name: 'when', enum: ['upcoming', 'past'], required: false })
  @ApiOkResponse({ description: 'MeetingListItem[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: ListMeetingsQuery): Promise<MeetingListItem[]> {
    return this.meetings.listFor(user, query.when);
  }

  @Get(':meetingId')
  @ApiOperation({
    summary: 'A meeting as you see it now: the same snapshot the live room sends on join',
    description: "Other members' votes appear only after the chair reveals them. The live room is on the socket.io namespace /meetings (see docs/socket-protocol.md).",
  })
  @ApiOkResponse({ description: 'MeetingSnapshot' })
  async snapshot(@CurrentUser() user: SessionUser, @Param('meetingId', new ParseUUIDPipe()) meetingId: string): Promise<MeetingSnapshot> {
    return this.snapshots.build(user, meetingId, await this.broadcaster.presence(meetingId));
  }
}
