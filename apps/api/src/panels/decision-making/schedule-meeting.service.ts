import { Injectable } from '@nestjs/common';
import { gatewayOfMeeting, MEETING_KIND_LABELS } from '@convene/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { AdviceGatewaysSetting } from '../../cases/advice-gateways-setting.js';
import { DomainError } from '../../common/domain-error.js';
import { todayInEngland, weeksLaterInEngland } from '../../common/today.js';
import { hasRole, type SessionUser } from '../../identity/session-user.js';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';
import { MeetingsRepository } from '../../meetings/meetings.repository.js';
import { MeetingEventNotices } from '../../notifications/causes/meeting-event-notices.js';
import { keepWeeklyOrderReasons } from '../weekly-orders/weekly-orders-agenda.js';
import { proposeAgenda } from './agenda-builder.js';
import type { ScheduleMeetingDto } from './schedule-meeting.dto.js';

class MeetingTimesError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  readonly fields = [{ field: 'endsAt', messages: ['must be after startsAt'] }];
  constructor() {
    super('The meeting must end after it starts.');
  }
}

class GatewayNotRunByCouncilError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  readonly fields = [{ field: 'kind', messages: ['is a gateway this council does not run'] }];
  constructor() {
    super('This council does not run that gateway: its advice is asked for directly (ADVICE_GATEWAYS).');
  }
}

class MeetingNotFoundError extends DomainError {
  readonly code = 'meeting_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such meeting that you chair.');
  }
}

class AgendaBuildError extends DomainError {
  readonly code = 'wrong_state';
  readonly status = 409;
  constructor() {
    super(
      'Only a Decision-Making Group or a Weekly Orders that has not started has its agenda built from the pipeline or the clocks.',
    );
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
    private readonly notices: MeetingEventNotices,
    private readonly gateways: AdviceGatewaysSetting,
  ) {}

  /**
   * Arranges the sitting, and with `repeatWeeks` the same sitting each week after it (same English time).
   * Only the first builds its agenda now; each later one is built from the pipeline nearer its day.
   */
  async schedule(user: SessionUser, body: ScheduleMeetingDto): Promise<{ id: string; series: string[] }> {
    if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) throw new MeetingTimesError();
    const gateway = gatewayOfMeeting(body.kind);
    if (gateway && !this.gateways.runs(gateway)) throw new GatewayNotRunByCouncilError();
    return this.dataSource.transaction(async (manager) => {
      const series: string[] = [];
      for (let week = 0; week <= (body.repeatWeeks ?? 0); week++) {
        const startsAt = weeksLaterInEngland(new Date(body.startsAt), week);
        const endsAt = weeksLaterInEngland(new Date(body.endsAt), week);
        series.push(
          await this.arrangeSitting(
            manager,
            user,
            body,
            startsAt,
            endsAt,
            week === 0 && body.buildAgenda !== false,
          ),
        );
      }
      return { id: series[0]!, series };
    });
  }

  /** Adds the pipeline's waiting cases to a Decision-Making Group not yet started: for a sitting arranged ahead. */
  async buildAgenda(user: SessionUser, meetingId: string): Promise<{ added: number }> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await new MeetingsRepository(manager).lockFor(meetingId, user.id);
      if (!meeting || (meeting.role !== 'chair' && !hasRole(user, 'admin'))) throw new MeetingNotFoundError();
      if (
        meeting.status !== 'scheduled' ||
        !(String(meeting.kind).startsWith('dmg') || meeting.kind === 'weekly_orders')
      )
        throw new AgendaBuildError();
      const items = await proposeAgenda(manager, meeting.kind, todayInEngland(new Date(meeting.starts_at)));
      const ids = await new AgendaItemsRepository(manager).append(meetingId, items);
      await keepWeeklyOrderReasons(manager, ids, items);
      const added = ids.length;
      if (added > 0)
        await this.notices.agendaReady(
          manager,
          meetingId,
          `agenda-built:${meetingId}:${randomUUID()}`,
          true,
          [user.id],
        );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'meeting.agenda_built',
        entityType: 'meeting',
        entityId: meetingId,
        meetingId,
        after: { added },
      });
      return { added };
    });
  }

  private async arrangeSitting(
    manager: EntityManager,
    user: SessionUser,
    body: ScheduleMeetingDto,
    startsAt: Date,
    endsAt: Date,
    buildAgenda: boolean,
  ): Promise<string> {
    const on = todayInEngland(startsAt);
    const title =
      body.title?.trim() ||
      `${MEETING_KIND_LABELS[body.kind]}, ${new Date(`${on}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
    const meetings = new MeetingsRepository(manager);
    const meetingId = await meetings.create(body.kind, title, startsAt, endsAt, body.theme?.trim() || null);
    await meetings.inviteGroup(meetingId, body.kind);
    if (!(await meetings.hasChair(meetingId))) await meetings.makeChair(meetingId, user.id);
    const items = buildAgenda ? await proposeAgenda(manager, body.kind, on) : [];
    await keepWeeklyOrderReasons(
      manager,
      await new AgendaItemsRepository(manager).append(meetingId, items),
      items,
    );
    if (items.length > 0)
      await this.notices.agendaReady(manager, meetingId, `agenda-ready:${meetingId}`, false, [user.id]);
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'meeting.scheduled',
      entityType: 'meeting',
      entityId: meetingId,
      meetingId,
      after: { kind: body.kind, startsAt: startsAt.toISOString(), items: items.length },
    });
    return meetingId;
  }
}
