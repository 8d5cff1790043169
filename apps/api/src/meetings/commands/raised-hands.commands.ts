import type { LowerHand, RaiseHand } from '@convene/contracts';
import type { CommandHandler } from '../engine/command-context.js';
import { requireInProgress } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { RaisedHandsRepository } from '../raised-hands.repository.js';

/** A member or presenter asks to speak: their hand joins the end of the queue. */
export const raiseHand: CommandHandler<RaiseHand> = async (ctx) => {
  requireInProgress(ctx);
  if (ctx.role === 'observer')
    throw new MeetingError('forbidden', 'Observers follow the meeting without taking the floor.');
  const raisedAt = await new RaisedHandsRepository(ctx.manager).raise(ctx.meeting.id, ctx.user.id);
  if (!raisedAt) throw new MeetingError('wrong_state', 'Your hand is already up.');
  return {
    type: 'hand.raised',
    payload: { userId: ctx.user.id, raisedAt: new Date(raisedAt).toISOString() },
    audit: { entityType: 'meeting', entityId: ctx.meeting.id, after: { handRaisedBy: ctx.user.id } },
  };
};

/** A member lowers their own hand; the chair lowers anyone's once they have had the floor. */
export const lowerHand: CommandHandler<LowerHand> = async (ctx, command) => {
  requireInProgress(ctx);
  const userId = command.userId ?? ctx.user.id;
  if (userId !== ctx.user.id && ctx.role !== 'chair')
    throw new MeetingError('forbidden', "Only the chair can lower someone else's hand.");
  if (!(await new RaisedHandsRepository(ctx.manager).lower(ctx.meeting.id, userId)))
    throw new MeetingError('wrong_state', 'That hand is not up.');
  return {
    type: 'hand.lowered',
    payload: { userId },
    audit: {
      entityType: 'meeting',
      entityId: ctx.meeting.id,
      before: { handRaisedBy: userId },
      after: { loweredBy: ctx.user.id },
    },
  };
};
