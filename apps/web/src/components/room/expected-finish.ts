import type { MeetingSnapshot } from '@convene/contracts';
import { timeOnItem } from '@convene/domain';

/**
 * When the meeting is expected to finish, at `now`: every item not yet dealt with takes its allowance, and the item
 * under discussion only the minutes it has left (none once over). Null unless the meeting is in progress.
 */
export function expectedFinish(room: MeetingSnapshot, now: Date): Date | null {
  if (room.meeting.status !== 'in_progress') return null;
  let minutes = 0;
  for (const item of room.agenda) {
    if (item.id === room.meeting.currentItemId && item.status === 'in_discussion') {
      const since = room.meeting.currentItemSince ? new Date(room.meeting.currentItemSince) : now;
      minutes += Math.max(0, timeOnItem(since, item.allowanceMinutes, now).leftMinutes);
    } else if (item.status === 'pending' || item.status === 'in_discussion') {
      minutes += item.allowanceMinutes;
    }
  }
  return new Date(now.getTime() + minutes * 60_000);
}
