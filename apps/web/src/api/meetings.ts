import type { MeetingListItem, MeetingSnapshot } from '@convene/contracts';
import { getJson } from './http';

export const listMeetings = (when: 'upcoming' | 'past') => getJson<MeetingListItem[]>(`/api/meetings?when=${when}`);
export const getMeetingSnapshot = (meetingId: string) => getJson<MeetingSnapshot>(`/api/meetings/${encodeURIComponent(meetingId)}`);
