import { dayInEngland } from '@convene/domain';

// Made once: building a formatter costs far more than using one.
const ENGLISH_WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The calendar day in England (YYYY-MM-DD) of an instant — today by default — whatever the server's time
 * zone: the statutory clock counts English days.
 */
export function todayInEngland(now = new Date()): string {
  return dayInEngland(now);
}

/** Minutes England is ahead of UTC at an instant: 0 in winter, 60 in summer. */
function englishOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(ENGLISH_WALL_CLOCK.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The same English wall-clock time `weeks` weeks later: a 09:30 meeting stays at 09:30 across the clocks changing. */
export function weeksLaterInEngland(instant: Date, weeks: number): Date {
  const naive = new Date(instant.getTime() + weeks * 7 * 86_400_000);
  return new Date(naive.getTime() + (englishOffsetMinutes(instant) - englishOffsetMinutes(naive)) * 60_000);
}
