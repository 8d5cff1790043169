import type { InvitablePerson, MeetingListItem, MeetingSnapshot } from '@convene/contracts';
import { getJson, postJson } from './http';

export const listMeetings = (when: 'upcoming' | 'past') =>
  getJson<MeetingListItem[]>(`/api/meetings?when=${when}`);
export const getMeetingSnapshot = (meetingId: string) =>
  getJson<MeetingSnapshot>(`/api/meetings/${encodeURIComponent(meetingId)}`);

export const scheduleMeeting = (body: {
  kind: string;
  startsAt: string;
  endsAt: string;
  theme?: string;
  repeatWeeks?: number;
}) => postJson<{ id: string; series: string[] }>('/api/meetings', body);
export const buildAgenda = (meetingId: string) =>
  postJson<{ added: number }>(`/api/meetings/${encodeURIComponent(meetingId)}/agenda/build`);

export const listInvitable = (meetingId: string) =>
  getJson<InvitablePerson[]>(`/api/meetings/${encodeURIComponent(meetingId)}/members/invitable`);
