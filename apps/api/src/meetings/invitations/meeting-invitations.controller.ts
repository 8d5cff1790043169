import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InvitablePerson } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { InvitablePersonDto, MeetingInvitationDto } from './meeting-invitation.dto.js';
import { MeetingInvitationsService } from './meeting-invitations.service.js';

@ApiTags('meetings')
@ApiCookieAuth()
@Controller('meetings/:meetingId/members')
export class MeetingInvitationsController {
  constructor(private readonly invitations: MeetingInvitationsService) {}

  @Get('invitable')
  @ApiOperation({
    summary: 'People who may be invited to a meeting not yet over (an administrator or its chair)',
  })
  @ApiOkResponse({ type: InvitablePersonDto, isArray: true })
  invitable(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<InvitablePerson[]> {
    return this.invitations.invitable(user, meetingId);
  }

  @Post()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Invite one person to this one meeting, in a part, before it starts (an administrator or its chair); once it is under way, its chair invites from the room (socket command member.invite)',
  })
  @ApiNoContentResponse({ description: 'Invited' })
  async invite(
    @CurrentUser() user: SessionUser,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: MeetingInvitationDto,
  ): Promise<void> {
    await this.invitations.invite(user, meetingId, body);
  }
}
