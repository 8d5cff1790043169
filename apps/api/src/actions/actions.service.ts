import { GATEWAY_COORDINATOR_ROLES, type AdviceGateway } from '@convene/domain';
import { Injectable } from '@nestjs/common';
import type { ActionsFromLastTimeView, ActionView, MyActionsView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { todayInEngland } from '../common/today.js';
import { hasRole, type SessionUser } from '../identity/session-user.js';
import { MeetingsRepository } from '../meetings/meetings.repository.js';
import { ActionNotices } from '../notifications/causes/action-notices.js';
import { actionView } from './action-view.js';
import { addAction, type ActionOriginColumns } from './add-action.js';
import {
  ActionAlreadyClosedError,
  ActionNotFoundError,
  ActionOriginNotFoundError,
  PlanNotModeratedError,
  NotYourActionError,
  NotYourMeetingToChairError,
} from './actions.errors.js';
import { ActionsRepository } from './actions.repository.js';
import type { AddCaseActionDto } from './dto/add-case-action.dto.js';
import type { CloseActionDto } from './dto/close-action.dto.js';

/**
 * Actions: added with an owner and a due day wherever they are agreed, closed once (done with a note, or cancelled
 * with why), listed for their owner, their team and their case. Every change is in the audit trail, written in the
 * same transaction.
 */
@Injectable()
export class ActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly notices: ActionNotices,
  ) {}

  /** An action agreed on a child's case page. Ownership of the case is checked by the authorization matrix. */
  async addToCase(user: SessionUser, childId: string, body: AddCaseActionDto): Promise<ActionView> {
    await this.access.assertCanSee(user, childId);
    return this.add(user, body, { origin: 'case', childId });
  }

  /** An action agreed on a Health Gateway advice request: the team it was sent to, the DCO or an administrator (the matrix checks). */
  async addToAdvice(
    gateway: AdviceGateway,
    user: SessionUser,
    adviceId: string,
    body: AddCaseActionDto,
  ): Promise<ActionView> {
    const childId = await new ActionsRepository(this.dataSource.manager).childOfAdvice(
      gateway.adviceKind,
      adviceId,
    );
    if (!childId) throw new ActionOriginNotFoundError('There is no such advice request.');
    return this.add(user, body, { origin: 'advice_request', childId, adviceRequestId: adviceId });
  }

  /** An action agreed from a dip sample's moderation of a plan (e.g. "writer to amend section F"): once its grade is recorded. */
  async addToSampledPlan(
    user: SessionUser,
    sampleId: string,
    requestId: string,
    body: AddCaseActionDto,
  ): Promise<ActionView> {
    const plan = await new ActionsRepository(this.dataSource.manager).sampledPlan(sampleId, requestId);
    if (!plan) throw new ActionOriginNotFoundError('There is no such plan in that dip sample.');
    if (!plan.moderated) throw new PlanNotModeratedError();
    return this.add(user, body, { origin: 'dip_sample', childId: plan.child_id, dipSampleId: sampleId });
  }

  private async add(
    user: SessionUser,
    body: AddCaseActionDto,
    origin: ActionOriginColumns,
  ): Promise<ActionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const added = await addAction(manager, user.id, body, origin);
      await this.audit.record(manager, added.audit);
      await this.notices.assigned(manager, added.id, user.id);
      return added.id;
    });
    return this.view(id);
  }

  /** Done with a note, or cancelled with why: once, by its owner, their team, whoever added it, a manager or an admin. */
  async close(user: SessionUser, actionId: string, body: CloseActionDto): Promise<ActionView> {
    await this.dataSource.transaction(async (manager) => {
      const actions = new ActionsRepository(manager);
      const action = await actions.lock(actionId);
      if (!action) throw new ActionNotFoundError();
      const mayClose =
        action.owner_user_id === user.id ||
        action.owner_agency_id === user.agencyId ||
        action.created_by === user.id ||
        hasRole(user, 'admin', 'chair') ||
        // The chair of the group's next sitting goes through its actions from last time (the DCO, a quality chair).
        (action.meeting_id !== null && (await actions.chairsGroupOf(action.meeting_id, user.id)));
      if (!mayClose) throw new NotYourActionError();
      if (action.status !== 'open')
        throw new ActionAlreadyClosedError(
          `This action was already ${action.status === 'done' ? 'marked done' : 'cancelled'} by ${action.closed_by_name}.`,
        );
      const note = body.note.trim();
      await actions.close(actionId, body.outcome, note, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: body.outcome === 'done' ? 'action.done' : 'action.cancelled',
        entityType: 'action',
        entityId: actionId,
        meetingId: action.meeting_id,
        before: { status: 'open' },
        after: { status: body.outcome, closingNote: note },
      });
    });
    return this.view(actionId);
  }

  /** For a meeting's chair (or an administrator): the actions agreed at the previous sitting of its group. */
  async fromLastTime(user: SessionUser, meetingId: string): Promise<ActionsFromLastTimeView> {
    const meeting = await new MeetingsRepository(this.dataSource.manager).statusAndChair(meetingId, user.id);
    if (!meeting || (!meeting.chairing && !hasRole(user, 'admin'))) throw new NotYourMeetingToChairError();
    const actions = new ActionsRepository(this.dataSource.manager);
    const previous = await actions.previousOfGroup(meetingId);
    if (!previous) return { previousMeeting: null, items: [], openCount: 0 };
    const { items, openCount } = summary(await actions.agreedAt(previous.id));
    return {
      previousMeeting: { id: previous.id, title: previous.title, startsAt: previous.starts_at.toISOString() },
      items,
      openCount,
    };
  }

  async mine(user: SessionUser): Promise<MyActionsView> {
    return summary(await new ActionsRepository(this.dataSource.manager).ownedBy(user.id));
  }

  /** A team's actions: for its members, and for the gateways' coordinators, SEND managers and administrators. */
  async ofTeam(user: SessionUser, agencyId: string): Promise<MyActionsView> {
    if (user.agencyId !== agencyId && !hasRole(user, 'admin', 'chair', ...GATEWAY_COORDINATOR_ROLES))
      throw new ActionNotFoundError();
    return summary(await new ActionsRepository(this.dataSource.manager).ownedByTeam(agencyId));
  }

  async ofCase(user: SessionUser, childId: string): Promise<ActionView[]> {
    await this.access.assertCanSee(user, childId);
    const today = todayInEngland();
    return (await new ActionsRepository(this.dataSource.manager).ofChild(childId)).map((row) =>
      actionView(row, today),
    );
  }

  owners() {
    return new ActionsRepository(this.dataSource.manager).owners();
  }

  private async view(actionId: string): Promise<ActionView> {
    const row = await new ActionsRepository(this.dataSource.manager).find(actionId);
    if (!row) throw new ActionNotFoundError();
    return actionView(row, todayInEngland());
  }
}

function summary(rows: Parameters<typeof actionView>[0][]): MyActionsView {
  const today = todayInEngland();
  const items = rows.map((row) => actionView(row, today));
  return {
    items,
    openCount: items.filter((a) => a.status === 'open').length,
    overdueCount: items.filter((a) => a.standing === 'overdue').length,
  };
}
