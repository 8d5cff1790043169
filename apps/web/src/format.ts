import { dayInEngland } from '@convene/domain';

/** 2026-03-02 → "2 March 2026", as GOV.UK writes dates. */
/** Words from a definition at the start of a sentence: "health advice" → "Health advice". */
export const sentenceStart = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

export function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Year group as schools say it: Nursery, Reception, Year 4, Year 13+. */
export function yearGroupLabel(yearGroup: number): string {
  if (yearGroup <= -1) return 'Nursery';
  if (yearGroup === 0) return 'Reception';
  return yearGroup >= 14 ? 'Post-19' : `Year ${yearGroup}`;
}

/** 2026-12-11 → "Fri 11 Dec": a day close at hand, as the room reads a deadline out. */
export function shortDayDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** A moment (an ISO timestamp) as the day it was in England: "2 March 2026". */
export function longDateOfInstant(at: string): string {
  return new Date(at).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

/** Today's date in England as YYYY-MM-DD, whatever the computer's own time zone. */
export function todayInEngland(now: Date = new Date()): string {
  return dayInEngland(now);
}

const POUNDS = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** A sum of money as people type it ("4,000.50", "£4000", "12000.5") in whole pence; null when it is not one. */
export function parsePounds(text: string): number | null {
  const match = POUNDS.exec(text.trim());
  if (!match) return null;
  const pence = Number(match[1]!.replaceAll(',', '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : null;
}

/** A moment as the time of day in England, as people say it on a clock: "11:30". */
export function shortTime(at: string): string {
  return new Date(at).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}

/** A moment as England's day and time: "2 March 2026 at 11:30". */
export const dateAndTime = (at: string): string => `${longDateOfInstant(at)} at ${shortTime(at)}`;

/** A wall-clock time in England on that day (`2026-12-09`, `17:00`), as an instant. */
export function englishInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const inLondon = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/London' }));
  const inUtc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (inLondon.getTime() - inUtc.getTime())).toISOString();
}
