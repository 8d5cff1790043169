import type { MeetingMemberRole } from '@convene/domain';
import type { LockedMeeting } from './command-context.js';
import type { MeetingAsCommandSeesIt } from './meeting-commands.repository.js';
import { MeetingError } from './meeting-error.js';

/** What a command may do with the meeting row it read: go on, answer a retry with the first answer, or stop. */
export function admit(
  meeting: MeetingAsCommandSeesIt | undefined,
): { replayedVersion: number } | { meeting: LockedMeeting; role: MeetingMemberRole } {
  if (!meeting) throw new MeetingError('meeting_not_found', 'There is no such meeting.');
  if (meeting.receipt_version !== null) return { replayedVersion: Number(meeting.receipt_version) };
  if (!meeting.role) throw new MeetingError('not_a_member', 'You are not invited to this meeting.');
  return {
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      status: meeting.status,
      sequence: Number(meeting.sequence),
      current_item_id: meeting.current_item_id,
    },
    role: meeting.role,
  };
}
