import type { EndMeeting, StartMeeting } from '@convene/contracts';
import { AgendaItemsRepository } from '../agenda-items.repository.js';
import type { CommandHandler } from '../engine/command-context.js';
import { requireChair, requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { RaisedHandsRepository } from '../raised-hands.repository.js';

/** The chair opens the meeting; the voting members already in the room are marked present. */
export const startMeeting: CommandHandler<StartMeeting> = async (ctx) => {
  requireChair(ctx);
  if (ctx.meeting.status !== 'scheduled') throw new MeetingError('wrong_state', 'The meeting has already started.');
  const meetings = new MeetingsRepository(ctx.manager);
  const startedAt = await meetings.start(ctx.meeting.id);
  if (ctx.present.length > 0) await meetings.markArrived(ctx.meeting.id, ctx.present);
  return {
    type: 'meeting.started',
    payload: { startedAt: new Date(startedAt).toISOString() },
    audit: { entityType: 'meeting', entityId: ctx.meeting.id, before: { status: 'scheduled' }, after: { status: 'in_progress', presentOnStart: ctx.present } },
  };
};

/** The chair closes the meeting; the minutes are assembled from its events. No vote may still be open. */
export const endMeeting: CommandHandler<EndMeeting> = async (ctx) => {
  requireChair(ctx);
  requireInProgress(ctx);
  if (await new AgendaItemsRepository(ctx.manager).votingOpenIn(ctx.meeting.id)) throw new MeetingError('wrong_state', 'Close the open vote before ending the meeting.');
  const endedAt = await new MeetingsRepository(ctx.manager).end(ctx.meeting.id);
  // Hands still up go down with the meeting; the events keep who raised them.
  await new RaisedHandsRepository(ctx.manager).clear(ctx.meeting.id);
  return {
    type: 'meeting.ended',
    payload: { endedAt: new Date(endedAt).toISOString() },
    audit: { entityType: 'meeting', entityId: ctx.meeting.id, before: { status: 'in_progress' }, after: { status: 'ended' } },
  };
};
