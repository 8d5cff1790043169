import type { QualityFigures, QualityRow } from '@convene/contracts';
import { monthLabel, monthsOf } from '../reports/report-period';

/** One line of a breakdown of plans meeting the standard: a month, a theme or a locality. */
export interface StandardLine {
  label: string;
  row: QualityRow;
}

const NONE_MODERATED = (key: string): QualityRow => ({ key, moderated: 0, meeting: 0, percent: null });

/** Every month of the period, with "none moderated" where no plan was, so a gap reads as a gap. */
export function standardByMonth(figures: QualityFigures): StandardLine[] {
  const byKey = new Map(figures.plans.byMonth.map((row) => [row.key, row]));
  return monthsOf(figures).map((key) => ({ label: monthLabel(key), row: byKey.get(key) ?? NONE_MODERATED(key) }));
}

/** Themes and localities as the API gives them, in its order. */
export const standardLines = (rows: QualityRow[]): StandardLine[] => rows.map((row) => ({ label: row.key, row }));

/** "60.0% of 10 pairs of reviewers", or why there is no figure. */
export function agreementText(percent: number | null, pairs: number): string {
  if (percent === null) return 'No scores were revealed';
  return `${percent.toFixed(1)}% of ${pairs} ${pairs === 1 ? 'pair' : 'pairs'} of reviewers`;
}
