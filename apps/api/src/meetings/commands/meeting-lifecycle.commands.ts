import type { EndMeeting, StartMeeting } from '@convene/contracts';
import { confirmationToEnd, confirmationToStart, dayInEngland, itemsNotReached } from '@convene/domain';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import type { CommandHandler } from '../engine/command-context.js';
import { confirmationRequired, requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { RaisedHandsRepository } from '../raised-hands.repository.js';

/**
 * The chair opens the meeting; the voting members already in the room are marked present. On another day than
 * the one scheduled only with the chair's confirmation, which the minutes keep.
 */
export const startMeeting: CommandHandler<StartMeeting> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status !== 'scheduled')
    throw new MeetingError('wrong_state', 'The meeting has already started.');
  const meetings = new MeetingsRepository(ctx.manager);
  const scheduledStart = await meetings.scheduledStart(ctx.meeting.id);
  const otherDay = confirmationToStart(scheduledStart, new Date());
  if (otherDay && command.confirmOtherDay !== true) throw confirmationRequired(otherDay);
  const startedAt = await meetings.start(ctx.meeting.id);
  if (ctx.present.length > 0) await meetings.markArrived(ctx.meeting.id, ctx.present);
  const scheduledFor = otherDay ? dayInEngland(scheduledStart) : null;
  return {
    type: 'meeting.started',
    payload: { startedAt: new Date(startedAt).toISOString(), scheduledFor },
    audit: {
      entityType: 'meeting',
      entityId: ctx.meeting.id,
      before: { status: 'scheduled' },
      after: { status: 'in_progress', presentOnStart: ctx.present, scheduledFor },
    },
  };
};

/**
 * The chair closes the meeting; the minutes are assembled from its events. No vote may still be open; with items
 * not dealt with, only with the chair's confirmation, and the minutes count them.
 */
export const endMeeting: CommandHandler<EndMeeting> = async (ctx, command) => {
  requireChair(ctx);
  requireInProgress(ctx);
  const agenda = new AgendaItemsRepository(ctx.manager);
  if (await agenda.votingOpenIn(ctx.meeting.id))
    throw new MeetingError('wrong_state', 'Close the open vote before ending the meeting.');
  const statuses = await agenda.statusesIn(ctx.meeting.id);
  const notReached = confirmationToEnd(statuses);
  if (notReached && command.confirmItemsNotReached !== true) throw confirmationRequired(notReached);
  const notReachedCount = itemsNotReached(statuses);
  const endedAt = await new MeetingsRepository(ctx.manager).end(ctx.meeting.id);
  // Hands still up go down with the meeting; the events keep who raised them.
  await new RaisedHandsRepository(ctx.manager).clear(ctx.meeting.id);
  return {
    type: 'meeting.ended',
    payload: { endedAt: new Date(endedAt).toISOString(), itemsNotReached: notReachedCount },
    audit: {
      entityType: 'meeting',
      entityId: ctx.meeting.id,
      before: { status: 'in_progress' },
      after: { status: 'ended', itemsNotReached: notReachedCount },
    },
  };
};
