import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';
import { monthLabel, monthsOf } from '../reports/report-period';

/** One line of a timeliness breakdown: every advice due, and the same leaving out reg 8(2) exception cases. */
export interface TimelinessLine {
  label: string;
  all: TimelinessRow;
  withoutExceptions: TimelinessRow;
}

const NONE_DUE = (key: string): TimelinessRow => ({ key, due: 0, onTime: 0, percent: null });

function lines(
  all: TimelinessRow[],
  without: TimelinessRow[],
  keys: string[],
  label: (key: string) => string,
): TimelinessLine[] {
  const allByKey = new Map(all.map((row) => [row.key, row]));
  const withoutByKey = new Map(without.map((row) => [row.key, row]));
  return keys.map((key) => ({
    label: label(key),
    all: allByKey.get(key) ?? NONE_DUE(key),
    withoutExceptions: withoutByKey.get(key) ?? NONE_DUE(key),
  }));
}

/** Teams in the order the API gives them (a team with exception cases only still gets its line). */
export function byTeam(figures: HealthGatewayFigures): TimelinessLine[] {
  const keys = [
    ...new Set([...figures.withExceptions.byTeam, ...figures.withoutExceptions.byTeam].map((row) => row.key)),
  ];
  return lines(figures.withExceptions.byTeam, figures.withoutExceptions.byTeam, keys, (key) => key);
}

/** Every month of the period, with "none due" where nothing fell due, so a gap reads as a gap. */
export function byMonth(figures: HealthGatewayFigures): TimelinessLine[] {
  return lines(
    figures.withExceptions.byMonth,
    figures.withoutExceptions.byMonth,
    monthsOf(figures),
    monthLabel,
  );
}

export const openRequests = (figures: HealthGatewayFigures) =>
  figures.openByAge.reduce((sum, band) => sum + band.count, 0);
