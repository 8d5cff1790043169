import type { MeetingGroupView } from '@convene/contracts';
import type { Queryable } from '../../database/prepared-statement.repository.js';

type GroupRole = MeetingGroupView['members'][number]['role'];

/** The panels' standing memberships: who sits on each group, and in what part. */
export class MeetingGroupsRepository {
  constructor(private readonly db: Queryable) {}

  async list(): Promise<MeetingGroupView[]> {
    const [groups, members] = await Promise.all([
      this.db.query<{ id: string; kind: MeetingGroupView['kind']; name: string }[]>(
        `SELECT id, kind, name FROM meeting_groups ORDER BY name`,
      ),
      this.db.query<{ group_id: string; user_id: string; role: GroupRole; display_name: string }[]>(
        `SELECT gm.group_id, gm.user_id, gm.role, u.display_name FROM meeting_group_members gm JOIN users u ON u.id = gm.user_id ORDER BY u.display_name`,
      ),
    ]);
    const scheduled = await this.db.query<{ kind: MeetingGroupView['kind']; n: number }[]>(
      `SELECT kind, count(*)::int AS n FROM meetings WHERE status = 'scheduled' GROUP BY kind`,
    );
    return groups.map((g) => ({
      ...g,
      members: members
        .filter((m) => m.group_id === g.id)
        .map((m) => ({ userId: m.user_id, displayName: m.display_name, role: m.role })),
      scheduledMeetings: scheduled.find((s) => s.kind === g.kind)?.n ?? 0,
    }));
  }

  /** The group's kind of panel; undefined: no such group. */
  async kindOf(groupId: string): Promise<MeetingGroupView['kind'] | undefined> {
    const [row] = await this.db.query<{ kind: MeetingGroupView['kind'] }[]>(
      `SELECT kind FROM meeting_groups WHERE id = $1`,
      [groupId],
    );
    return row?.kind;
  }

  /** Its id; undefined when the name is taken. */
  async create(kind: MeetingGroupView['kind'], name: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO meeting_groups (kind, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id`,
      [kind, name],
    );
    return row?.id;
  }

  async exists(groupId: string): Promise<boolean> {
    return (
      (await this.db.query<unknown[]>(`SELECT 1 FROM meeting_groups WHERE id = $1`, [groupId])).length > 0
    );
  }

  /** The member's part in the group; undefined: not a member. */
  async roleOf(groupId: string, userId: string): Promise<GroupRole | undefined> {
    const [row] = await this.db.query<{ role: GroupRole }[]>(
      `SELECT role FROM meeting_group_members WHERE group_id = $1 AND user_id = $2`,
      [groupId, userId],
    );
    return row?.role;
  }

  async setMember(groupId: string, userId: string, role: GroupRole): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (group_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [groupId, userId, role],
    );
  }

  /** The part the member had; undefined: they were not a member. */
  async removeMember(groupId: string, userId: string): Promise<GroupRole | undefined> {
    const [removed] = await this.db.query<[{ role: GroupRole }[], number]>(
      `DELETE FROM meeting_group_members WHERE group_id = $1 AND user_id = $2 RETURNING role`,
      [groupId, userId],
    );
    return removed?.[0]?.role;
  }
}
