import { Injectable } from '@nestjs/common';
import type { MeetingEventPayloads, MeetingEventType } from '@convene/contracts';
import {
  dayInEngland,
  formatCalendarDate,
  gatewayOfAdvice,
  outcomeHasLetter,
  type MeetingStatus,
} from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { toIcs } from '../../calendar/ics.js';
import { AppConfig } from '../../config/app-config.js';
import { Notifier } from '../notifier.js';
import { ActionNotices } from './action-notices.js';
import { NoticeSubjectsRepository, type MeetingSubject } from './notice-subjects.repository.js';

/** The meeting as the command that changed it saw it, and the event the command is about to write. */
export interface MeetingChange<T extends MeetingEventType = MeetingEventType> {
  meeting: { id: string; status: MeetingStatus; sequence: number };
  actorId: string;
  type: T;
  payload: MeetingEventPayloads[T];
}

const SCORED_KINDS = ['dip_sample', 'advice_audit'];
const humane = (value: string) => value.replace(/_/g, ' ');

/**
 * Who a live meeting's changes tell, in the command's transaction: the agenda of a meeting not yet started, to
 * its members; voting opened, to those who vote; advice triaged, to the team's representatives; advice pushed
 * back, to the Designated Clinical Officers; a decision, to the case's Family Link Officer.
 */
@Injectable()
export class MeetingEventNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly config: AppConfig,
    private readonly actions: ActionNotices,
  ) {}

  async afterChange(manager: EntityManager, change: MeetingChange): Promise<void> {
    const subjects = new NoticeSubjectsRepository(manager);
    const { meeting } = change;
    const sequence = meeting.sequence + 1;
    switch (change.type) {
      case 'agenda.item_added':
      case 'agenda.item_withdrawn':
      case 'agenda.reordered':
        if (meeting.status === 'scheduled')
          await this.agendaReady(manager, meeting.id, `agenda-changed:${meeting.id}:${sequence}`, true, [
            change.actorId,
          ]);
        return;
      case 'voting.opened': {
        const { itemId } = change.payload as MeetingEventPayloads['voting.opened'];
        const [subject, item] = [await subjects.meeting(meeting.id), await subjects.item(itemId)];
        if (!subject || !item) return;
        await this.notifier.notify(manager, {
          kind: 'voting_waiting',
          causeKey: `voting-opened:${itemId}:${sequence}`,
          recipientIds: subject.members
            .filter((m) => (m.role === 'member' || m.role === 'chair') && m.user_id !== change.actorId)
            .map((m) => m.user_id),
          subjectRef: item.case_reference,
          // A decision in writing is voted on from its own page, not in the room.
          linkPath: subject.respond_by ? `/written/${meeting.id}` : `/meetings/${meeting.id}`,
          facts: {
            meetingTitle: subject.title,
            caseReference: item.case_reference,
            scoring: SCORED_KINDS.includes(item.kind),
          },
        });
        return;
      }
      case 'advice.triaged':
      case 'advice.reassigned': {
        const assignments =
          change.type === 'advice.triaged'
            ? (change.payload as MeetingEventPayloads['advice.triaged']).assignments
            : [(change.payload as MeetingEventPayloads['advice.reassigned']).assignment];
        for (const assignment of assignments) {
          const advice = await subjects.advice(assignment.adviceRequestId);
          if (!advice) continue;
          await this.notifier.notify(manager, {
            kind: 'advice_triaged',
            causeKey: `advice-triaged:${assignment.adviceRequestId}:${assignment.team.id}`,
            recipientIds: await subjects.holdersOf(
              gatewayOfAdvice(advice.advice_kind).teamRepRole,
              assignment.team.id,
            ),
            subjectRef: advice.case_reference,
            linkPath: gatewayOfAdvice(advice.advice_kind).page,
            facts: {
              caseReference: advice.case_reference,
              teamName: assignment.team.name,
              dueOn: formatCalendarDate(assignment.dueOn),
            },
          });
        }
        return;
      }
      case 'advice.responded': {
        const responded = change.payload as MeetingEventPayloads['advice.responded'];
        if (responded.teamResponse !== 'pushed_back') return;
        const advice = await subjects.advice(responded.adviceRequestId);
        if (!advice) return;
        await this.notifier.notify(manager, {
          kind: 'advice_pushed_back',
          causeKey: `advice-pushed-back:${responded.adviceRequestId}:${sequence}`,
          recipientIds: await subjects.holdersOf(gatewayOfAdvice(advice.advice_kind).coordinatorRole),
          subjectRef: advice.case_reference,
          linkPath: `/meetings/${meeting.id}`,
          facts: { caseReference: advice.case_reference, teamName: advice.team_name ?? 'The team' },
        });
        return;
      }
      case 'action.added': {
        const { action } = change.payload as MeetingEventPayloads['action.added'];
        await this.actions.assigned(manager, action.id, change.actorId);
        return;
      }
      case 'outcome.recorded': {
        const recorded = change.payload as MeetingEventPayloads['outcome.recorded'];
        const item = await subjects.item(recorded.itemId);
        if (!item?.case_reference || !item.family_link_officer_id) return;
        await this.notifier.notify(manager, {
          kind: 'case_decided',
          causeKey: `case-decided:${recorded.itemId}`,
          recipientIds: [item.family_link_officer_id].filter((id) => id !== change.actorId),
          subjectRef: item.case_reference,
          linkPath: `/meetings/${meeting.id}`,
          facts: {
            caseReference: item.case_reference,
            decision: humane(item.kind),
            outcome: humane(recorded.outcome),
            letter: outcomeHasLetter(item.kind, recorded.outcome),
          },
        });
        return;
      }
      default:
        return;
    }
  }

  /** The agenda of a meeting not yet started, to each of its members but `except` (who made it), with the meeting for their calendar. */
  async agendaReady(
    manager: EntityManager,
    meetingId: string,
    causeKey: string,
    changed: boolean,
    except: readonly string[] = [],
  ): Promise<number> {
    const subject = await new NoticeSubjectsRepository(manager).meeting(meetingId);
    if (!subject) return 0;
    return this.notifier.notify(manager, {
      kind: 'agenda_ready',
      causeKey,
      recipientIds: subject.members.map((m) => m.user_id).filter((id) => !except.includes(id)),
      subjectRef: meetingId,
      linkPath: `/meetings/${meetingId}`,
      facts: {
        meetingTitle: subject.title,
        startsAt: formatCalendarDate(dayInEngland(new Date(subject.starts_at))),
        changed,
        items: subject.items,
      },
      ics: this.calendarOf(meetingId, subject),
    });
  }

  private calendarOf(meetingId: string, subject: MeetingSubject): string {
    const url = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/meetings/${meetingId}`;
    return toIcs(subject.title, [
      {
        uid: `${meetingId}@convene`,
        startsAt: new Date(subject.starts_at),
        endsAt: new Date(subject.ends_at),
        summary: subject.title,
        description: `${subject.items} item${subject.items === 1 ? '' : 's'} on the agenda. Open it in Convene: ${url}`,
        url,
        cancelled: false,
      },
    ]);
  }
}
