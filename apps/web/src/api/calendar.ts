import { postJson } from './http';

/**
 * A new secret address of the signed-in user's meetings as an iCalendar feed; the old address stops working.
 * The answer is a path on this site: the full address is `window.location.origin + path`.
 */
export const makeCalendarFeed = () => postJson<{ path: string }>('/api/calendar/feed');
