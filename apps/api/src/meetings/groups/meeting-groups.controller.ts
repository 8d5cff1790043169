import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeetingGroupView } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { CreateMeetingGroupDto, SetGroupMemberDto } from './meeting-groups.dto.js';
import { MeetingGroupsService } from './meeting-groups.service.js';
import { MeetingGroupViewDto } from './meeting-group-view.dto.js';

@ApiTags('administration')
@ApiCookieAuth()
@Controller('admin/meeting-groups')
export class MeetingGroupsController {
  constructor(private readonly groups: MeetingGroupsService) {}

  @Get()
  @ApiOperation({ summary: "Each panel's standing membership" })
  @ApiOkResponse({ type: MeetingGroupViewDto, isArray: true })
  list(): Promise<MeetingGroupView[]> {
    return this.groups.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a meeting group for a kind of panel' })
  @ApiCreatedResponse({ type: MeetingGroupViewDto })
  async create(
    @CurrentUser() admin: SessionUser,
    @Body() body: CreateMeetingGroupDto,
  ): Promise<MeetingGroupView> {
    const id = await this.groups.create(admin, body);
    return (await this.groups.list()).find((g) => g.id === id)!;
  }

  @Put(':groupId/members/:userId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Add someone to a group, or change their part in it (chair, member, presenter, observer)',
  })
  async setMember(
    @CurrentUser() admin: SessionUser,
    @Param('groupId', new ParseUUIDPipe()) groupId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: SetGroupMemberDto,
  ): Promise<void> {
    await this.groups.setMember(admin, groupId, userId, body);
  }

  @Delete(':groupId/members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take someone out of a group (meetings already arranged keep their members)' })
  async removeMember(
    @CurrentUser() admin: SessionUser,
    @Param('groupId', new ParseUUIDPipe()) groupId: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<void> {
    await this.groups.removeMember(admin, groupId, userId);
  }
}
