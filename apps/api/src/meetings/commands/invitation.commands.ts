import type { InviteToMeeting } from '@convene/contracts';
import { UsersRepository } from '../../identity/users.repository.js';
import type { CommandHandler } from '../engine/command-context.js';
import { requireChair } from '../engine/meeting-guards.js';
import { MeetingError } from '../engine/meeting-error.js';
import { MeetingsRepository } from '../meetings.repository.js';

/**
 * The chair invites one more person to this one meeting, before it starts or while it is under way (a late
 * attendee, a locum EP for one case): everyone in the room sees them among its members, and they may join at once.
 */
export const inviteToMeeting: CommandHandler<InviteToMeeting> = async (ctx, command) => {
  requireChair(ctx);
  if (ctx.meeting.status !== 'scheduled' && ctx.meeting.status !== 'in_progress')
    throw new MeetingError('wrong_state', 'The meeting is over: nobody more can be invited to it.');
  if (!(await new UsersRepository(ctx.manager).isActive(command.userId)))
    throw new MeetingError('validation_failed', 'There is no such active user.', [
      { field: 'userId', messages: ['not an active user'] },
    ]);
  const member = await new MeetingsRepository(ctx.manager).inviteOnce(
    ctx.meeting.id,
    command.userId,
    command.role,
  );
  if (!member) throw new MeetingError('wrong_state', 'They are already invited to this meeting.');
  return {
    type: 'member.invited',
    payload: {
      member: {
        userId: member.user_id,
        displayName: member.display_name,
        role: member.role,
        attendance: member.attendance,
      },
    },
    audit: {
      entityType: 'meeting',
      entityId: ctx.meeting.id,
      after: { userId: command.userId, role: command.role },
    },
  };
};
