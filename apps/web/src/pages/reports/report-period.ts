import type { ReportPeriod } from '../../api/reports';

const isoDay = (year: number, monthIndex: number, day: number) =>
  new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

/**
 * The 12 whole calendar months before the current one, so a month is never half counted:
 * on 15 May 2026 that is 1 May 2025 to 30 April 2026.
 */
export function lastTwelveCompleteMonths(today: Date = new Date()): ReportPeriod {
  const year = today.getFullYear();
  const month = today.getMonth();
  // Day 0 of this month is the last day of the one before.
  return { from: isoDay(year - 1, month, 1), to: isoDay(year, month, 0) };
}

/** Every month the period touches, as YYYY-MM, so months without decisions still show in a trend. */
export function monthsOf(period: ReportPeriod): string[] {
  const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let n = monthNumber(period.from); n <= monthNumber(period.to); n += 1) {
    months.push(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** 2026-03 → "March 2026". */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
