import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';
import { monthLabel, monthsOf } from '../reports/report-period';

/** One line of a timeliness breakdown: every advice due, and the same leaving out reg 8(2) exception cases. */
export interface TimelinessLine {
  label: string;
  all: TimelinessRow;
  withoutExceptions: TimelinessRow;
}

const NONE_DUE = (key: string): TimelinessRow => ({ key, due: 0, onTime: 0, percent: null });

/** "86.0%", or the reason there is no figure. */
export const percentText = (percent: number | null, none = 'None due') => (percent === null ? none : `${percent.toFixed(1)}%`);

/** "86.0% (43 of 50 due)": the rate with what it is a rate of. */
export function rateText(percent: number | null, part: number, whole: number, of: string, none: string): string {
  return percent === null ? none : `${percent.toFixed(1)}% (${part} of ${whole} ${of})`;
}

function lines(all: TimelinessRow[], without: TimelinessRow[], keys: string[], label: (key: string) => string): TimelinessLine[] {
  const allByKey = new Map(all.map((row) => [row.key, row]));
  const withoutByKey = new Map(without.map((row) => [row.key, row]));
  return keys.map((key) => ({ label: label(key), all: allByKey.get(key) ?? NONE_DUE(key), withoutExceptions: withoutByKey.get(key) ?? NONE_DUE(key) }));
}

/** Teams in the order the API gives them (a team with exception cases only still gets its line). */
export function byTeam(figures: HealthGatewayFigures): TimelinessLine[] {
  const keys = [...new Set([...figures.withExceptions.byTeam, ...figures.withoutExceptions.byTeam].map((row) => row.key))];
  return lines(figures.withExceptions.byTeam, figures.withoutExceptions.byTeam, keys, (key) => key);
}

/** Every month of the period, with "none due" where nothing fell due, so a gap reads as a gap. */
export function byMonth(figures: HealthGatewayFigures): TimelinessLine[] {
  return lines(figures.withExceptions.byMonth, figures.withoutExceptions.byMonth, monthsOf(figures), monthLabel);
}

/**
 * What a chart shows, in a sentence, for its role="img" label: the highest and lowest, and where every
 * figure is. The table after the chart is the full accessible version.
 */
export function chartSummary(what: string, points: { label: string; value: number | null }[], format: (value: number) => string): string {
  const known = points.filter((p): p is { label: string; value: number } => p.value !== null);
  if (known.length === 0) return `Bar chart of ${what}: no figures for this period.`;
  const highest = known.reduce((a, b) => (b.value > a.value ? b : a));
  const lowest = known.reduce((a, b) => (b.value < a.value ? b : a));
  const range = known.length === 1 ? `${highest.label}: ${format(highest.value)}.` : `Highest ${highest.label}, ${format(highest.value)}; lowest ${lowest.label}, ${format(lowest.value)}.`;
  return `Bar chart of ${what}. ${range} The table below gives every figure.`;
}

export const openRequests = (figures: HealthGatewayFigures) => figures.openByAge.reduce((sum, band) => sum + band.count, 0);
