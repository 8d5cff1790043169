import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FamilyMember } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { AddFamilyMemberDto } from './dto/add-family-member.dto.js';
import { ChangeFamilyMemberDto } from './dto/change-family-member.dto.js';
import { FamilyMemberDto } from './dto/family-member.dto.js';
import { FamilyMembersService } from './family-members.service.js';

@ApiTags('cases')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@ApiNotFoundResponse({ description: 'case_not_found, or family_member_not_found' })
@Controller('cases/:childId/family-members')
export class FamilyMembersController {
  constructor(private readonly members: FamilyMembersService) {}

  @Get()
  @ApiOperation({
    summary: 'Who may sign in to see the child’s case: parents and carers, or the young person',
  })
  @ApiOkResponse({ type: [FamilyMemberDto] })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyMember[]> {
    return this.members.list(user, childId);
  }

  @Post()
  @ApiOperation({
    summary:
      'Give a parent or carer with parental responsibility, or the young person (16+), access to the case',
    description:
      'Their account signs in with one-time links sent to this address. A person with access to a sibling’s case ' +
      'keeps one account. In the audit trail.',
  })
  @ApiCreatedResponse({ type: FamilyMemberDto })
  @ApiUnprocessableEntityResponse({
    description:
      'no_parental_responsibility, or young_person_under_16 (on the day of asking). Nothing written.',
  })
  @ApiConflictResponse({
    description:
      'already_a_family_member (this person already has access), or email_in_use (a member of staff’s address)',
  })
  add(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: AddFamilyMemberDto,
  ): Promise<FamilyMember> {
    return this.members.add(user, childId, body);
  }

  @Patch(':familyMemberId')
  @ApiParam({ name: 'familyMemberId', format: 'uuid' })
  @ApiOperation({
    summary: 'Change a family member’s email address, relationship or contact restriction',
    description: 'Fields left out stay as they are. In the audit trail, before and after.',
  })
  @ApiOkResponse({ type: FamilyMemberDto })
  @ApiConflictResponse({ description: 'email_in_use: the new address is another account’s' })
  change(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Param('familyMemberId', new ParseUUIDPipe()) familyMemberId: string,
    @Body() body: ChangeFamilyMemberDto,
  ): Promise<FamilyMember> {
    return this.members.change(user, childId, familyMemberId, body);
  }

  @Delete(':familyMemberId')
  @HttpCode(204)
  @ApiParam({ name: 'familyMemberId', format: 'uuid' })
  @ApiOperation({
    summary: 'Remove a family member’s access to the case',
    description:
      'At once. If it was the last child their account covered, the account is closed and its sessions end. In the ' +
      'audit trail.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  remove(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Param('familyMemberId', new ParseUUIDPipe()) familyMemberId: string,
  ): Promise<void> {
    return this.members.remove(user, childId, familyMemberId);
  }
}
