import type { MeetingMemberRole } from '@convene/domain';
import type { LockedMeeting } from './command-context.js';
import type { MeetingAsCommandSeesIt } from './meeting-commands.repository.js';
import { MeetingError } from './meeting-error.js';

/**
 * What a command may do with the meeting row it read: go on, answer a retry with the first answer, or stop. A key
 * already used for another command (`fingerprint` differs from the receipt's) is refused: nothing was done.
 */
export function admit(
  meeting: MeetingAsCommandSeesIt | undefined,
  fingerprint: string,
): { replayedVersion: number } | { meeting: LockedMeeting; role: MeetingMemberRole } {
  if (!meeting) throw new MeetingError('meeting_not_found', 'There is no such meeting.');
  if (meeting.receipt_version !== null)
    return { replayedVersion: replayed(meeting.receipt_version, meeting.receipt_fingerprint, fingerprint) };
  if (!meeting.role) throw new MeetingError('not_a_member', 'You are not invited to this meeting.');
  return {
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      status: meeting.status,
      sequence: Number(meeting.sequence),
      current_item_id: meeting.current_item_id,
      respond_by: meeting.respond_by,
    },
    role: meeting.role,
  };
}

/**
 * The first answer for a retry of the same command. A receipt written before fingerprints were kept (null) is
 * taken as the same command, as it always was.
 */
export function replayed(
  version: string | number,
  receiptFingerprint: string | null,
  fingerprint: string,
): number {
  if (receiptFingerprint !== null && receiptFingerprint !== fingerprint)
    throw new MeetingError(
      'idempotency_key_reused',
      'This idempotency key was already used for a different command. Nothing was done: send it with a new key.',
    );
  return Number(version);
}
