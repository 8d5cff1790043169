// Calendar arithmetic for scheduling the demo council's meetings and case events.
export const SUNDAY = 0;
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function dayOfWeek(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The first given weekday on or after `date`. */
export function nextWeekday(date: string, weekday: number): string {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

/** A wall-clock time in England (GMT, or BST from the last Sunday of March to the last Sunday of October). */
export function englishTime(date: string, time: string): Date {
  const year = Number(date.slice(0, 4));
  const lastSunday = (month: string) => {
    const end = `${year}-${month}-31`;
    return addDays(end, -dayOfWeek(end));
  };
  const summer = date >= lastSunday('03') && date < lastSunday('10');
  return new Date(`${date}T${time}:00${summer ? '+01:00' : '+00:00'}`);
}
