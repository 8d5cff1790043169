import { Injectable } from '@nestjs/common';
import type { MeetingGroupView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import { UsersRepository } from '../../identity/users.repository.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { MeetingGroupsRepository } from './meeting-groups.repository.js';
import type { CreateMeetingGroupDto, SetGroupMemberDto } from './meeting-groups.dto.js';

class MeetingGroupNotFoundError extends DomainError {
  readonly code = 'meeting_group_not_found';
  readonly status = 404;
  constructor(what = 'meeting group') {
    super(`There is no such ${what}.`);
  }
}

class MeetingGroupNameTakenError extends DomainError {
  readonly code = 'meeting_group_name_taken';
  readonly status = 409;
  constructor() {
    super('A meeting group already has that name.');
  }
}

/** The panels' standing memberships, kept by the service administrator. Every change is audited. */
@Injectable()
export class MeetingGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<MeetingGroupView[]> {
    return new MeetingGroupsRepository(this.dataSource.manager).list();
  }

  async create(admin: SessionUser, body: CreateMeetingGroupDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const id = await new MeetingGroupsRepository(manager).create(body.kind, body.name.trim());
      if (!id) throw new MeetingGroupNameTakenError();
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'meeting_group.created',
        entityType: 'meeting_group',
        entityId: id,
        after: { kind: body.kind, name: body.name.trim() },
      });
      return id;
    });
  }

  async setMember(
    admin: SessionUser,
    groupId: string,
    userId: string,
    body: SetGroupMemberDto,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const groups = new MeetingGroupsRepository(manager);
      if (!(await groups.exists(groupId))) throw new MeetingGroupNotFoundError();
      if (!(await new UsersRepository(manager).isActive(userId)))
        throw new MeetingGroupNotFoundError('active user');
      const before = await groups.roleOf(groupId, userId);
      await groups.setMember(groupId, userId, body.role);
      // Asked of the administrator: the panel's sittings already arranged take the new member too.
      const kind = (await groups.kindOf(groupId))!;
      const invitedTo = body.inviteToScheduled
        ? await new MeetingsRepository(manager).inviteToScheduled(kind, userId, body.role)
        : 0;
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'meeting_group.member_set',
        entityType: 'meeting_group',
        entityId: groupId,
        before: before ? { userId, role: before } : null,
        after: { userId, role: body.role, invitedToScheduledMeetings: invitedTo },
      });
    });
  }

  async removeMember(admin: SessionUser, groupId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const role = await new MeetingGroupsRepository(manager).removeMember(groupId, userId);
      if (!role) throw new MeetingGroupNotFoundError('member of that group');
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'meeting_group.member_removed',
        entityType: 'meeting_group',
        entityId: groupId,
        before: { userId, role },
      });
    });
  }
}
