import { Injectable } from '@nestjs/common';
import { MEETING_KIND_LABELS, type MeetingKind } from '@convene/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import type { SessionUser } from '../identity/session-user.js';
import { toIcs } from './ics.js';

export class FeedNotFoundError extends DomainError {
  readonly code = 'not_found';
  readonly status = 404;
  constructor() {
    super('There is no such calendar feed.');
  }
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Each person's meetings as an iCalendar feed that Outlook subscribes to. Outlook cannot sign in, so the
 * address carries a secret; only its hash is kept, and issuing a new address revokes the old one. The feed
 * holds meeting titles, times and roles: never a child's name or case.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async issueFeed(user: SessionUser): Promise<{ path: string }> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE users SET calendar_token_hash = $2 WHERE id = $1`, [user.id, hash(token)]);
      await this.audit.record(manager, { actorId: user.id, action: 'calendar.feed_issued', entityType: 'user', entityId: user.id });
    });
    return { path: `/api/calendar/${token}.ics` };
  }

  async feed(token: string, origin: string): Promise<string> {
    const [user] = await this.dataSource.query(`SELECT id, display_name FROM users WHERE calendar_token_hash = $1 AND active`, [hash(token)]);
    if (!user) throw new FeedNotFoundError();
    const meetings = await this.dataSource.query(
      `SELECT m.id, m.kind, m.title, m.status, m.starts_at, m.ends_at, mm.role,
              (SELECT count(*)::int FROM agenda_items a WHERE a.meeting_id = m.id) AS items
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $1
        WHERE m.starts_at > now() - interval '60 days' AND m.starts_at < now() + interval '400 days'
        ORDER BY m.starts_at`,
      [user.id],
    );
    return toIcs(
      `Convene: ${user.display_name}`,
      meetings.map((m: Record<string, any>) => ({
        uid: `${m.id}@convene`,
        startsAt: new Date(m.starts_at),
        endsAt: new Date(m.ends_at),
        summary: m.title,
        description: `${MEETING_KIND_LABELS[m.kind as MeetingKind]}. You are invited as ${m.role}. ${m.items} item${m.items === 1 ? '' : 's'} on the agenda. Open it in Convene: ${origin}/meetings/${m.id}`,
        url: `${origin}/meetings/${m.id}`,
        cancelled: m.status === 'cancelled',
      })),
    );
  }
}
