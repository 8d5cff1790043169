import { Injectable } from '@nestjs/common';
import type { MeetingListItem } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';

/** The meetings a person is invited to. */
@Injectable()
export class MeetingsService {
  constructor(private readonly dataSource: DataSource) {}

  async listFor(user: SessionUser, when: 'upcoming' | 'past'): Promise<MeetingListItem[]> {
    const upcoming = when === 'upcoming';
    const rows = await this.dataSource.query(
      `SELECT m.id, m.kind, m.title, m.status, m.starts_at, m.ends_at, m.theme, mm.role,
              (SELECT count(*)::int FROM agenda_items a WHERE a.meeting_id = m.id) AS item_count
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $1
        WHERE ${upcoming ? `m.ends_at >= now() OR m.status = 'in_progress'` : `m.ends_at < now() AND m.status <> 'in_progress'`}
        ORDER BY m.starts_at ${upcoming ? 'ASC' : 'DESC'}
        LIMIT 100`,
      [user.id],
    );
    return rows.map((r: Record<string, any>) => ({
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
}
