import { Injectable } from '@nestjs/common';
import { formatCalendarDate } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { Notifier } from '../notifier.js';
import { NoticeSubjectsRepository } from './notice-subjects.repository.js';

/**
 * Telling an action's owner it was given to them, in the transaction that agreed it (wherever it was agreed: the
 * room, a case page, the Health Gateway, a dip sample): the person, or every active member of the owning team,
 * never the person who agreed it. Named by case reference and due day only.
 */
@Injectable()
export class ActionNotices {
  constructor(private readonly notifier: Notifier) {}

  assigned(manager: EntityManager, actionId: string, actorId: string): Promise<void> {
    return this.tell(manager, actionId, 'action_assigned', `action-assigned:${actionId}`, actorId);
  }

  /** From the timers: an open action due tomorrow, or overdue, told to its owners once. */
  reminder(manager: EntityManager, actionId: string, overdue: boolean): Promise<void> {
    return overdue
      ? this.tell(manager, actionId, 'action_overdue', `action-overdue:${actionId}`)
      : this.tell(manager, actionId, 'action_due_tomorrow', `action-due-tomorrow:${actionId}`);
  }

  private async tell(
    manager: EntityManager,
    actionId: string,
    kind: 'action_assigned' | 'action_due_tomorrow' | 'action_overdue',
    causeKey: string,
    actorId?: string,
  ): Promise<void> {
    const action = await new NoticeSubjectsRepository(manager).action(actionId);
    if (!action) return;
    await this.notifier.notify(manager, {
      kind,
      causeKey,
      recipientIds: action.owner_ids.filter((id) => id !== actorId),
      subjectRef: action.case_reference,
      linkPath: '/actions',
      facts: {
        caseReference: action.case_reference,
        dueOn: formatCalendarDate(action.due_on),
        teamName: action.team_name,
      },
    });
  }
}
