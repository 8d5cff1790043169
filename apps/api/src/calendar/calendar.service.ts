import { Injectable } from '@nestjs/common';
import { MEETING_KIND_LABELS } from '@convene/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import type { SessionUser } from '../identity/session-user.js';
import { toIcs } from './ics.js';
import { UsersRepository } from '../identity/users.repository.js';
import { MeetingsRepository } from '../meetings/meetings.repository.js';

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
      await new UsersRepository(manager).setCalendarToken(user.id, hash(token));
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'calendar.feed_issued',
        entityType: 'user',
        entityId: user.id,
      });
    });
    return { path: `/api/calendar/${token}.ics` };
  }

  async feed(token: string, origin: string): Promise<string> {
    const user = await new UsersRepository(this.dataSource.manager).byCalendarToken(hash(token));
    if (!user) throw new FeedNotFoundError();
    const meetings = await new MeetingsRepository(this.dataSource.manager).calendarOf(user.id);
    return toIcs(
      `Convene: ${user.display_name}`,
      meetings.map((m) => ({
        uid: `${m.id}@convene`,
        startsAt: new Date(m.starts_at),
        endsAt: new Date(m.ends_at),
        summary: m.title,
        description: `${MEETING_KIND_LABELS[m.kind]}. You are invited as ${m.role}. ${m.items} item${m.items === 1 ? '' : 's'} on the agenda. Open it in Convene: ${origin}/meetings/${m.id}`,
        url: `${origin}/meetings/${m.id}`,
        cancelled: m.status === 'cancelled',
      })),
    );
  }
}
