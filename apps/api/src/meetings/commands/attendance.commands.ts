import type { ArriveAtMeeting, MarkAttendance } from '@convene/contracts';
import type { CommandHandler } from '../engine/command-context.js';
import { requireChair } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingsRepository } from '../meetings.repository.js';

/** The chair records who is present, who sent apologies and who is absent. */
export const markAttendance: CommandHandler<MarkAttendance> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended') throw new MeetingError('wrong_state', 'The meeting has ended.');
  const marked = await new MeetingsRepository(ctx.manager).markAttendance(
    ctx.meeting.id,
    command.userId,
    command.attendance,
  );
  if (!marked)
    throw new MeetingError('validation_failed', 'That person is not invited to this meeting.', [
      { field: 'userId', messages: ['not a member of this meeting'] },
    ]);
  return {
    type: 'attendance.marked',
    payload: { userId: command.userId, attendance: command.attendance },
    audit: {
      entityType: 'meeting_member',
      entityId: `${ctx.meeting.id}:${command.userId}`,
      before: { attendance: marked.before },
      after: { attendance: command.attendance },
    },
  };
};

/** Someone joining a meeting in progress is present: expected becomes present. Apologies stay as recorded. */
export const arriveAtMeeting: CommandHandler<ArriveAtMeeting> = async (ctx) => {
  if (ctx.meeting.status !== 'in_progress')
    throw new MeetingError('wrong_state', 'The meeting is not in progress.');
  const arrived = await new MeetingsRepository(ctx.manager).markArrived(ctx.meeting.id, [ctx.user.id]);
  if (arrived === 0) throw new MeetingError('wrong_state', 'Your attendance is already recorded.');
  return {
    type: 'attendance.marked',
    payload: { userId: ctx.user.id, attendance: 'present' },
    audit: {
      entityType: 'meeting_member',
      entityId: `${ctx.meeting.id}:${ctx.user.id}`,
      before: { attendance: 'expected' },
      after: { attendance: 'present' },
    },
  };
};
