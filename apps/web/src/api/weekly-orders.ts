import type { WeeklyClearedView, WeeklyListView } from '@convene/contracts';
import { getJson } from './http';

export type { WeeklyClearedView, WeeklyListView };

const officerPath = (meetingId: string, officerId: string) =>
  `/api/weekly-orders/${encodeURIComponent(meetingId)}/officers/${encodeURIComponent(officerId)}`;

export const getWeeklyList = (meetingId: string, officerId: string) =>
  getJson<WeeklyListView>(officerPath(meetingId, officerId));
/** The same list as a spreadsheet: a plain link, so the browser downloads it with the session's cookie. */
export const weeklyListCsvHref = (meetingId: string, officerId: string) =>
  `${officerPath(meetingId, officerId)}/list.csv`;
export const getWeeklyCleared = (meetingId: string, localityCode: string) =>
  getJson<WeeklyClearedView>(
    `/api/weekly-orders/${encodeURIComponent(meetingId)}/localities/${encodeURIComponent(localityCode)}/cleared`,
  );
