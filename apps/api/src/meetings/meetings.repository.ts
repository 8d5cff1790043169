import type { Attendance, MeetingListItem } from '@convene/contracts';
import type { MeetingKind, MeetingMemberRole, MeetingStatus } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A meeting as one of its members sees it on joining. */
export interface MeetingForMember {
  id: string;
  kind: MeetingKind;
  title: string;
  status: MeetingStatus;
  starts_at: Date;
  ends_at: Date;
  theme: string | null;
  current_item_id: string | null;
  sequence: string | number;
  role: MeetingMemberRole;
  /** When the room last moved to an item. */
  current_item_since: Date | null;
  respond_by: Date | null;
}

/** A meeting locked for a change by a user, with their part in it (null: not invited). */
export interface LockedForUser {
  kind: MeetingKind;
  status: MeetingStatus;
  starts_at: Date;
  theme: string | null;
  role: MeetingMemberRole | null;
}

/** Someone invited to a meeting, by name. */
export interface MeetingMemberRow {
  user_id: string;
  display_name: string;
  role: MeetingMemberRole;
  attendance: Attendance;
}

/** A meeting and who is invited to it: its state, where the room is on the agenda, and who attends. */
export class MeetingsRepository {
  constructor(private readonly db: Queryable) {}

  /** Whether joining now would mark the member present (the meeting in progress, their attendance not yet recorded); undefined: not invited. */
  async arrivingOf(meetingId: string, userId: string): Promise<{ arriving: boolean } | undefined> {
    const [row] = await this.db.query<{ arriving: boolean }[]>(
      `SELECT m.status = 'in_progress' AND mm.attendance = 'expected' AS arriving
         FROM meeting_members mm JOIN meetings m ON m.id = mm.meeting_id WHERE mm.meeting_id = $1 AND mm.user_id = $2`,
      [meetingId, userId],
    );
    return row;
  }

  /** The meeting with the member's part in it; undefined when there is no such meeting or they are not invited. */
  async forMember(meetingId: string, userId: string): Promise<MeetingForMember | undefined> {
    const [meeting] = await this.db.query<MeetingForMember[]>(
      `SELECT m.id, m.kind, m.title, m.status, m.starts_at, m.ends_at, m.theme, m.current_item_id, m.sequence, m.respond_by, mm.role,
              (SELECT max(e.at) FROM meeting_events e WHERE e.meeting_id = m.id AND e.type = 'agenda.advanced') AS current_item_since
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
        WHERE m.id = $1`,
      [meetingId, userId],
    );
    return meeting;
  }

  /** Everyone invited: the chair first, then members, presenters and observers, each by name. */
  members(meetingId: string): Promise<MeetingMemberRow[]> {
    return this.db.query(
      `SELECT mm.user_id, u.display_name, mm.role, mm.attendance FROM meeting_members mm JOIN users u ON u.id = mm.user_id
          WHERE mm.meeting_id = $1 ORDER BY CASE mm.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 WHEN 'presenter' THEN 2 ELSE 3 END, u.display_name`,
      [meetingId],
    );
  }

  /** The meetings the user is invited to: those to come (or in progress), soonest first, or those held, latest first. */
  async listFor(userId: string, when: 'upcoming' | 'past'): Promise<MeetingListItem[]> {
    const upcoming = when === 'upcoming';
    const rows = await this.db.query<
      {
        id: string;
        kind: MeetingKind;
        title: string;
        status: MeetingStatus;
        starts_at: Date;
        ends_at: Date;
        theme: string | null;
        role: MeetingMemberRole;
        item_count: number;
      }[]
    >(
      `SELECT m.id, m.kind, m.title, m.status, m.starts_at, m.ends_at, m.theme, mm.role,
              (SELECT count(*)::int FROM agenda_items a WHERE a.meeting_id = m.id) AS item_count
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $1
        -- Upcoming: not yet ended, by its chair or its clock (a meeting ended early is past, one running over is not).
        WHERE ${upcoming ? `m.status = 'in_progress' OR (m.ends_at >= now() AND m.status <> 'ended')` : `m.status = 'ended' OR (m.ends_at < now() AND m.status <> 'in_progress')`}
        ORDER BY m.starts_at ${upcoming ? 'ASC' : 'DESC'}
        LIMIT 100`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      status: r.status,
      startsAt: new Date(r.starts_at).toISOString(),
      endsAt: new Date(r.ends_at).toISOString(),
      theme: r.theme,
      yourRole: r.role,
      itemCount: r.item_count,
    }));
  }

  /** The user's meetings from 60 days ago to 400 days ahead, for their calendar feed. */
  calendarOf(userId: string): Promise<
    {
      id: string;
      kind: MeetingKind;
      title: string;
      status: string;
      starts_at: Date;
      ends_at: Date;
      role: MeetingMemberRole;
      items: number;
    }[]
  > {
    return this.db.query(
      `SELECT m.id, m.kind, m.title, m.status, m.starts_at, m.ends_at, mm.role,
              (SELECT count(*)::int FROM agenda_items a WHERE a.meeting_id = m.id) AS items
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $1
        WHERE m.starts_at > now() - interval '60 days' AND m.starts_at < now() + interval '400 days'
        ORDER BY m.starts_at`,
      [userId],
    );
  }

  /** When the meeting was opened and closed (null: not yet). */
  /** When the meeting is scheduled to start. */
  async scheduledStart(meetingId: string): Promise<Date> {
    const [row] = await this.db.query<{ starts_at: Date }[]>(`SELECT starts_at FROM meetings WHERE id = $1`, [
      meetingId,
    ]);
    return row!.starts_at;
  }

  /** What the chair confirmed when starting and ending, as the meeting's own events recorded it. */
  async confirmationsOf(
    meetingId: string,
  ): Promise<{ scheduledFor: string | null; itemsNotReached: number }> {
    const [row] = await this.db.query<{ scheduled_for: string | null; items_not_reached: number | null }[]>(
      `SELECT max(payload->>'scheduledFor') FILTER (WHERE type = 'meeting.started') AS scheduled_for,
              max((payload->>'itemsNotReached')::int) FILTER (WHERE type = 'meeting.ended') AS items_not_reached
         FROM meeting_events WHERE meeting_id = $1 AND type IN ('meeting.started', 'meeting.ended')`,
      [meetingId],
    );
    return { scheduledFor: row?.scheduled_for ?? null, itemsNotReached: row?.items_not_reached ?? 0 };
  }

  async times(meetingId: string): Promise<{ started_at: Date | null; ended_at: Date | null }> {
    const [times] = await this.db.query<{ started_at: Date | null; ended_at: Date | null }[]>(
      `SELECT started_at, ended_at FROM meetings WHERE id = $1`,
      [meetingId],
    );
    return times!;
  }

  /** The meeting, locked, with the user's part in it (null: not invited). */
  async lockFor(meetingId: string, userId: string): Promise<LockedForUser | undefined> {
    const [meeting] = await this.db.query<LockedForUser[]>(
      `SELECT m.kind, m.status, m.starts_at, m.theme, mm.role FROM meetings m LEFT JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
          WHERE m.id = $1 FOR UPDATE OF m`,
      [meetingId, userId],
    );
    return meeting;
  }

  /** Its id. */
  async create(
    kind: MeetingKind,
    title: string,
    startsAt: Date,
    endsAt: Date,
    theme: string | null,
  ): Promise<string> {
    const [meeting] = await this.db.query<{ id: string }[]>(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, theme) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [kind, title, startsAt, endsAt, theme],
    );
    return meeting!.id;
  }

  /** Invites the active members of the panel's standing group, each in their part. */
  async inviteGroup(meetingId: string, kind: MeetingKind): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role)
       SELECT $1, gm.user_id, gm.role FROM meeting_groups g JOIN meeting_group_members gm ON gm.group_id = g.id JOIN users u ON u.id = gm.user_id
        WHERE g.kind = $2 AND u.active
       ON CONFLICT DO NOTHING`,
      [meetingId, kind],
    );
  }

  async hasChair(meetingId: string): Promise<boolean> {
    const [row] = await this.db.query<{ chairs: number }[]>(
      `SELECT count(*)::int AS chairs FROM meeting_members WHERE meeting_id = $1 AND role = 'chair'`,
      [meetingId],
    );
    return row!.chairs > 0;
  }

  /** The user chairs the meeting, invited or not. */
  async makeChair(meetingId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair') ON CONFLICT (meeting_id, user_id) DO UPDATE SET role = 'chair'`,
      [meetingId, userId],
    );
  }

  /** When the meeting started. */
  async start(meetingId: string): Promise<Date> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]] = await this.db.query<[{ started_at: Date }[], number]>(
      `UPDATE meetings SET status = 'in_progress', started_at = now() WHERE id = $1 RETURNING started_at`,
      [meetingId],
    );
    return row!.started_at;
  }

  /** When the meeting ended. */
  async end(meetingId: string): Promise<Date> {
    const [[row]] = await this.db.query<[{ ended_at: Date }[], number]>(
      `UPDATE meetings SET status = 'ended', ended_at = now(), current_item_id = NULL WHERE id = $1 RETURNING ended_at`,
      [meetingId],
    );
    return row!.ended_at;
  }

  /** The item the room is on; null: none. */
  async setCurrentItem(meetingId: string, itemId: string | null): Promise<void> {
    await this.db.query(`UPDATE meetings SET current_item_id = $2 WHERE id = $1`, [meetingId, itemId]);
  }

  /** Voting members marked present (presenters and observers do not vote). */
  async presentVoters(meetingId: string): Promise<string[]> {
    const rows = await this.db.query<{ user_id: string }[]>(
      `SELECT user_id FROM meeting_members WHERE meeting_id = $1 AND role = 'member' AND attendance = 'present'`,
      [meetingId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Every voting member invited, whatever their attendance: who is asked to respond in writing. */
  async votingMembers(meetingId: string): Promise<string[]> {
    const rows = await this.db.query<{ user_id: string }[]>(
      `SELECT user_id FROM meeting_members WHERE meeting_id = $1 AND role = 'member'`,
      [meetingId],
    );
    return rows.map((r) => r.user_id);
  }

  /** The member's attendance before it was marked; undefined when they are not invited. */
  async markAttendance(
    meetingId: string,
    userId: string,
    attendance: string,
  ): Promise<{ before: string } | undefined> {
    const [rows] = await this.db.query<[{ before: string }[], number]>(
      `UPDATE meeting_members m SET attendance = $3
       FROM meeting_members old WHERE old.meeting_id = m.meeting_id AND old.user_id = m.user_id
        AND m.meeting_id = $1 AND m.user_id = $2
     RETURNING old.attendance AS before`,
      [meetingId, userId, attendance],
    );
    return rows[0];
  }

  /** Expected becomes present for these members; apologies and absences stay as recorded. How many arrived. */
  async markArrived(meetingId: string, userIds: readonly string[]): Promise<number> {
    const [rows] = await this.db.query<[unknown[], number]>(
      `UPDATE meeting_members SET attendance = 'present' WHERE meeting_id = $1 AND user_id = ANY($2::uuid[]) AND attendance = 'expected' RETURNING 1`,
      [meetingId, userIds],
    );
    return rows.length;
  }

  /** Invites the user in that part, unless they are invited already. */
  /** Invites someone to every sitting of a kind arranged and not yet started, where not invited already; how many. */
  async inviteToScheduled(kind: MeetingKind, userId: string, role: MeetingMemberRole): Promise<number> {
    const rows = await this.db.query<{ meeting_id: string }[]>(
      `INSERT INTO meeting_members (meeting_id, user_id, role)
       SELECT id, $2, $3 FROM meetings WHERE kind = $1 AND status = 'scheduled'
       ON CONFLICT DO NOTHING RETURNING meeting_id`,
      [kind, userId, role],
    );
    return rows.length;
  }

  /** Active people not yet invited to the meeting, by name. */
  invitable(
    meetingId: string,
  ): Promise<{ user_id: string; display_name: string; job_title: string | null; agency: string }[]> {
    return this.db.query(
      `SELECT u.id AS user_id, u.display_name, u.job_title, a.name AS agency
         FROM users u JOIN agencies a ON a.id = u.agency_id
        WHERE u.active AND NOT EXISTS (SELECT 1 FROM meeting_members mm WHERE mm.meeting_id = $1 AND mm.user_id = u.id)
        ORDER BY u.display_name`,
      [meetingId],
    );
  }

  /** The meeting's status and whether the user chairs it; undefined: no such meeting. */
  async statusAndChair(
    meetingId: string,
    userId: string,
  ): Promise<{ status: MeetingStatus; chairing: boolean } | undefined> {
    const [row] = await this.db.query<{ status: MeetingStatus; chairing: boolean }[]>(
      `SELECT m.status, EXISTS (SELECT 1 FROM meeting_members mm WHERE mm.meeting_id = m.id AND mm.user_id = $2 AND mm.role = 'chair') AS chairing
         FROM meetings m WHERE m.id = $1`,
      [meetingId, userId],
    );
    return row;
  }

  /** Invites them in a part, and returns them as a member of the meeting; undefined when they were invited before. */
  async inviteOnce(
    meetingId: string,
    userId: string,
    role: MeetingMemberRole,
  ): Promise<MeetingMemberRow | undefined> {
    const [row] = await this.db.query<MeetingMemberRow[]>(
      `WITH added AS (
         INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
         RETURNING user_id, role, attendance)
       SELECT a.user_id, u.display_name, a.role, a.attendance FROM added a JOIN users u ON u.id = a.user_id`,
      [meetingId, userId, role],
    );
    return row;
  }

  async invite(meetingId: string, userId: string, role: MeetingMemberRole): Promise<void> {
    await this.db.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [meetingId, userId, role],
    );
  }
}
