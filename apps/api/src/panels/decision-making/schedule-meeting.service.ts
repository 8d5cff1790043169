import { Injectable } from '@nestjs/common';
import { MEETING_KIND_LABELS } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DomainError } from '../../common/domain-error.js';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { proposeAgenda } from './agenda-builder.js';
import type { ScheduleMeetingDto } from './schedule-meeting.dto.js';

export class MeetingTimesError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  readonly fields = [{ field: 'endsAt', messages: ['must be after startsAt'] }];
  constructor() {
    super('The meeting must end after it starts.');
  }
}

/**
 * Arranges a sitting of a panel: its members are invited from the panel's meeting group (the person
 * arranging it chairs it if the group has no chair), and a Decision-Making Group's agenda builds itself
 * from the case pipeline, most urgent first.
 */
@Injectable()
export class ScheduleMeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async schedule(user: SessionUser, body: ScheduleMeetingDto): Promise<string> {
    if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) throw new MeetingTimesError();
    const on = todayInEngland(new Date(body.startsAt));
    return this.dataSource.transaction(async (manager) => {
      const title = body.title?.trim() || `${MEETING_KIND_LABELS[body.kind]}, ${new Date(`${on}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
      const [meeting] = await manager.query(
        `INSERT INTO meetings (kind, title, starts_at, ends_at, theme) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [body.kind, title, body.startsAt, body.endsAt, body.theme?.trim() || null],
      );
      await manager.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role)
         SELECT $1, gm.user_id, gm.role FROM meeting_groups g JOIN meeting_group_members gm ON gm.group_id = g.id JOIN users u ON u.id = gm.user_id
          WHERE g.kind = $2 AND u.active
         ON CONFLICT DO NOTHING`,
        [meeting.id, body.kind],
      );
      const [{ chairs }] = await manager.query(`SELECT count(*)::int AS chairs FROM meeting_members WHERE meeting_id = $1 AND role = 'chair'`, [meeting.id]);
      if (chairs === 0) {
        await manager.query(
          `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair') ON CONFLICT (meeting_id, user_id) DO UPDATE SET role = 'chair'`,
          [meeting.id, user.id],
        );
      }
      const items = body.buildAgenda === false ? [] : await proposeAgenda(manager, body.kind, on);
      for (const [index, item] of items.entries()) {
        await manager.query(
          `INSERT INTO agenda_items (meeting_id, position, kind, request_id, panel_request_id, presenter_id, restricted) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [meeting.id, index + 1, item.kind, item.requestId, item.panelRequestId, item.presenterId, item.restricted],
        );
      }
      // Presenters are invited to the meetings where their cases are heard.
      await manager.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role)
         SELECT DISTINCT $1::uuid, a.presenter_id, 'presenter' FROM agenda_items a WHERE a.meeting_id = $1 AND a.presenter_id IS NOT NULL
         ON CONFLICT DO NOTHING`,
        [meeting.id],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'meeting.scheduled',
        entityType: 'meeting',
        entityId: meeting.id,
        meetingId: meeting.id,
        after: { kind: body.kind, startsAt: body.startsAt, items: items.length },
      });
      return meeting.id as string;
    });
  }
}
