import type { MarkAttendance } from '@convene/contracts';
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
