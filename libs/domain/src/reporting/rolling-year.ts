import { addMonths } from '../calendar-date/calendar-date.js';

/** A month as the figures name it: YYYY-MM (the month of the year 01 to 12). */
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months `count` long, ending with `lastMonth` (YYYY-MM), oldest first. */
export function monthsEnding(lastMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(`${lastMonth}-01`, i - count + 1).slice(0, 7));
}

/** Counts of one month (YYYY-MM), as a tally of the records or the database gives them. */
export type MonthTally<K extends string> = { month: string } & Record<K, number>;

/**
 * For each month shown, its own counts and their sum over the 12 months to its end, from the tallies of the
 * months that had any: a month without a tally counts as none. The monthly return's "rolling 12 months".
 */
export function withRollingYear<K extends string>(
  tallies: readonly MonthTally<K>[],
  keys: readonly K[],
  months: readonly string[],
): { month: string; own: Record<K, number>; rolling: Record<K, number> }[] {
  const byMonth = new Map(tallies.map((t) => [t.month, t]));
  const countsOf = (monthsCounted: readonly string[]) =>
    Object.fromEntries(
      keys.map((key) => [key, monthsCounted.reduce((n, m) => n + (byMonth.get(m)?.[key] ?? 0), 0)]),
    ) as Record<K, number>;
  return months.map((month) => ({
    month,
    own: countsOf([month]),
    rolling: countsOf(monthsEnding(month, 12)),
  }));
}
