import { Injectable } from '@nestjs/common';
import type { MeetingGroupView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import type { SessionUser } from '../../identity/session-user.js';
import type { CreateMeetingGroupDto, SetGroupMemberDto } from './meeting-groups.dto.js';

export class MeetingGroupNotFoundError extends DomainError {
  readonly code = 'meeting_group_not_found';
  readonly status = 404;
  constructor(what = 'meeting group') {
    super(`There is no such ${what}.`);
  }
}

export class MeetingGroupNameTakenError extends DomainError {
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

  async list(): Promise<MeetingGroupView[]> {
    const [groups, members] = await Promise.all([
      this.dataSource.query(`SELECT id, kind, name FROM meeting_groups ORDER BY name`),
      this.dataSource.query(
        `SELECT gm.group_id, gm.user_id, gm.role, u.display_name FROM meeting_group_members gm JOIN users u ON u.id = gm.user_id ORDER BY u.display_name`,
      ),
    ]);
    return groups.map((g: { id: string; kind: MeetingGroupView['kind']; name: string }) => ({
      ...g,
      members: members
        .filter((m: { group_id: string }) => m.group_id === g.id)
        .map((m: { user_id: string; display_name: string; role: MeetingGroupView['members'][number]['role'] }) => ({ userId: m.user_id, displayName: m.display_name, role: m.role })),
    }));
  }

  async create(admin: SessionUser, body: CreateMeetingGroupDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`INSERT INTO meeting_groups (kind, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id`, [body.kind, body.name.trim()]);
      if (!row) throw new MeetingGroupNameTakenError();
      await this.audit.record(manager, { actorId: admin.id, action: 'meeting_group.created', entityType: 'meeting_group', entityId: row.id, after: { kind: body.kind, name: body.name.trim() } });
      return row.id;
    });
  }

  async setMember(admin: SessionUser, groupId: string, userId: string, body: SetGroupMemberDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if ((await manager.query(`SELECT 1 FROM meeting_groups WHERE id = $1`, [groupId])).length === 0) throw new MeetingGroupNotFoundError();
      if ((await manager.query(`SELECT 1 FROM users WHERE id = $1 AND active`, [userId])).length === 0) throw new MeetingGroupNotFoundError('active user');
      const [before] = await manager.query(`SELECT role FROM meeting_group_members WHERE group_id = $1 AND user_id = $2`, [groupId, userId]);
      await manager.query(
        `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (group_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [groupId, userId, body.role],
      );
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'meeting_group.member_set',
        entityType: 'meeting_group',
        entityId: groupId,
        before: before ? { userId, role: before.role } : null,
        after: { userId, role: body.role },
      });
    });
  }

  async removeMember(admin: SessionUser, groupId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [removed] = await manager.query(`DELETE FROM meeting_group_members WHERE group_id = $1 AND user_id = $2 RETURNING role`, [groupId, userId]);
      if (!removed?.length) throw new MeetingGroupNotFoundError('member of that group');
      await this.audit.record(manager, { actorId: admin.id, action: 'meeting_group.member_removed', entityType: 'meeting_group', entityId: groupId, before: { userId, role: removed[0].role } });
    });
  }
}
