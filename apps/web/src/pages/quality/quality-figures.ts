import type { QualityFigures, QualityRow } from '@convene/contracts';
import { longDateOfInstant } from '../../format';
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
  return monthsOf(figures).map((key) => ({
    label: monthLabel(key),
    row: byKey.get(key) ?? NONE_MODERATED(key),
  }));
}

/** Themes and localities as the API gives them, in its order. */
export const standardLines = (rows: QualityRow[]): StandardLine[] =>
  rows.map((row) => ({ label: row.key, row }));

/** "60.0% of 10 pairs of reviewers", or why there is no figure. */
export function agreementText(percent: number | null, pairs: number): string {
  if (percent === null) return 'No scores were revealed';
  return `${percent.toFixed(1)}% of ${pairs} ${pairs === 1 ? 'pair' : 'pairs'} of reviewers`;
}

const TIERS: Record<string, string> = {
  multiagency: 'The group’s meetings (tier 3)',
  senior: 'Seniors, between meetings (tier 2)',
};

/** Plans meeting the standard by tier, in the group's words. */
export const standardByTier = (rows: QualityRow[]): StandardLine[] =>
  rows.map((row) => ({ label: TIERS[row.key] ?? row.key, row }));

/** One line of agreement: a meeting of the group, or a seniors' sample. */
export interface AgreementLine {
  key: string;
  label: string;
  pairs: number;
  exact: number | null;
  withinOne: number | null;
}

/** Agreement at each of the group's meetings, then in each seniors' sample, each named so its tier shows. */
export function agreementLines(agreement: QualityFigures['agreement']): AgreementLine[] {
  return [
    ...agreement.byMeeting.map((m) => ({
      key: m.meetingId,
      label: m.title,
      pairs: m.pairs,
      exact: m.exact,
      withinOne: m.withinOne,
    })),
    ...agreement.bySeniorSample.map((s) => ({
      key: s.sampleId,
      label: `Seniors’ sample drawn ${longDateOfInstant(s.drawnAt)}${s.theme ? ` (${s.theme})` : ''}`,
      pairs: s.pairs,
      exact: s.exact,
      withinOne: s.withinOne,
    })),
  ];
}
