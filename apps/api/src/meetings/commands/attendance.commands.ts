import type { ArriveAtMeeting, MarkAttendance } from '@convene/contracts';
import type { CommandHandler } from '../engine/command-context.js';
import { requireChair } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';

/** The chair records who is present, who sent apologies and who is absent. */
export const markAttendance: CommandHandler<MarkAttendance> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status === 'ended') throw new MeetingError('wrong_state', 'The meeting has ended.');
  const [rows] = await ctx.manager.query(
    `UPDATE meeting_members m SET attendance = $3
       FROM meeting_members old WHERE old.meeting_id = m.meeting_id AND old.user_id = m.user_id
        AND m.meeting_id = $1 AND m.user_id = $2
     RETURNING old.attendance AS before`,
    [ctx.meeting.id, command.userId, command.attendance],
  );
  if (rows.length === 0) throw new MeetingError('validation_failed', 'That person is not invited to this meeting.', [{ field: 'userId', messages: ['not a member of this meeting'] }]);
  return {
    type: 'attendance.marked',
    payload: { userId: command.userId, attendance: command.attendance },
    audit: { entityType: 'meeting_member', entityId: `${ctx.meeting.id}:${command.userId}`, before: { attendance: rows[0].before }, after: { attendance: command.attendance } },
  };
};

/** Someone joining a meeting in progress is present: expected becomes present. Apologies stay as recorded. */
export const arriveAtMeeting: CommandHandler<ArriveAtMeeting> = async (ctx) => {
  if (ctx.meeting.status !== 'in_progress') throw new MeetingError('wrong_state', 'The meeting is not in progress.');
  const [rows] = await ctx.manager.query(
    `UPDATE meeting_members SET attendance = 'present' WHERE meeting_id = $1 AND user_id = $2 AND attendance = 'expected' RETURNING 1`,
    [ctx.meeting.id, ctx.user.id],
  );
  if (rows.length === 0) throw new MeetingError('wrong_state', 'Your attendance is already recorded.');
  return {
    type: 'attendance.marked',
    payload: { userId: ctx.user.id, attendance: 'present' },
    audit: { entityType: 'meeting_member', entityId: `${ctx.meeting.id}:${ctx.user.id}`, before: { attendance: 'expected' }, after: { attendance: 'present' } },
  };
};
