import { MEETING_KIND_LABELS, type SeededRandom } from '@convene/domain';
import { addDays, englishTime, nextWeekday, TUESDAY } from './demo-calendar.js';
import { demoId } from './demo-id.js';
import type { MeetingGroupMemberRow, MeetingGroupRow, MeetingMemberRow, MeetingRow } from './demo-rows.js';
import type { DemoStaff } from './demo-staff.js';

const WEEKS_BACK = 4;
const WEEKS_AHEAD = 3;

export interface DemoWeeklyOrders {
  meetings: MeetingRow[];
  meetingMembers: MeetingMemberRow[];
  meetingGroups: MeetingGroupRow[];
  meetingGroupMembers: MeetingGroupMemberRow[];
}

/**
 * The Weekly Orders, Tuesday afternoons: the SEND team manager chairs, every Family Link Officer sits. Their agendas
 * are not drawn here: the loader builds each from the statutory clocks of the loaded caseload, as the sitting's
 * own day saw them, the way a sitting arranged in the product builds its own.
 */
export function generateWeeklyOrders(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
): DemoWeeklyOrders {
  const chair = staff.login.chair;
  const officers = [...staff.flosByLocality.values()].flat();
  const groupId = demoId(random);
  const out: DemoWeeklyOrders = {
    meetings: [],
    meetingMembers: [],
    meetingGroups: [{ id: groupId, kind: 'weekly_orders', name: MEETING_KIND_LABELS.weekly_orders }],
    meetingGroupMembers: [
      { groupId, userId: chair.id, role: 'chair' },
      ...officers.map((o) => ({ groupId, userId: o.id, role: 'member' as const })),
    ],
  };
  const first = nextWeekday(addDays(today, -7 * WEEKS_BACK), TUESDAY);
  for (let on = first; on <= addDays(today, 7 * WEEKS_AHEAD); on = addDays(on, 7)) {
    const meeting: MeetingRow = {
      id: demoId(random),
      kind: 'weekly_orders',
      title: `${MEETING_KIND_LABELS.weekly_orders}, ${new Date(`${on}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
      startsAt: englishTime(on, '14:00'),
      endsAt: englishTime(on, '15:30'),
      status: on < today ? 'ended' : 'scheduled',
      theme: null,
    };
    out.meetings.push(meeting);
    out.meetingMembers.push(
      { meetingId: meeting.id, userId: chair.id, role: 'chair' },
      ...officers.map((o) => ({ meetingId: meeting.id, userId: o.id, role: 'member' as const })),
    );
  }
  return out;
}
