import { monthsEnding, type TimelinessMonth } from '@convene/domain';
import type { ExceptionCases, TimelinessReport } from '../../api/dashboard';
import { csvText } from '../../csv';
import { monthLabel } from '../reports/report-period';

/** A count in the return: plans issued in the month itself, or in the 12 months to its end. */
export type ReturnSpan = 'month' | 'rolling';
/** Which plans a count counts: all issued, or those issued in 20 weeks. */
export type ReturnMeasure = 'issued' | 'in_twenty_weeks';

/** One count of the monthly return, whose cases can be listed. */
export interface ReturnFigure {
  exceptions: ExceptionCases;
  span: ReturnSpan;
  measure: ReturnMeasure;
  /** YYYY-MM: the month of the column the count is in. */
  month: string;
}

export type ReturnRow =
  | { label: string; kind: 'count'; span: ReturnSpan; measure: ReturnMeasure }
  | { label: string; kind: 'percent'; span: ReturnSpan };

/** The rows of the council's published table, in its order and its words. */
export function returnRows(exceptions: ExceptionCases): ReturnRow[] {
  return [
    {
      label: `Number of EHCP plans issued, ${exceptions === 'exclude' ? 'excluding' : 'including'} exceptions`,
      kind: 'count',
      span: 'month',
      measure: 'issued',
    },
    { label: 'Number of these issued in 20 weeks', kind: 'count', span: 'month', measure: 'in_twenty_weeks' },
    { label: '% in 20 weeks', kind: 'percent', span: 'month' },
    { label: 'Cumulative 12 months to date', kind: 'count', span: 'rolling', measure: 'issued' },
    {
      label: 'Number of these issued in 20 weeks',
      kind: 'count',
      span: 'rolling',
      measure: 'in_twenty_weeks',
    },
    { label: 'Cumulative % in 20 weeks', kind: 'percent', span: 'rolling' },
  ];
}

export function countOf(month: TimelinessMonth, span: ReturnSpan, measure: ReturnMeasure): number {
  const counts = span === 'month' ? month : month.rolling;
  return measure === 'issued' ? counts.issued : counts.inTwentyWeeks;
}

export const percentOf = (month: TimelinessMonth, span: ReturnSpan) =>
  span === 'month' ? month.percent : month.rolling.percent;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-03 → "Mar 2026", as the published table heads its columns. */
export function shortMonthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${SHORT_MONTHS[Number(month) - 1]} ${year}`;
}

/** The months a figure counts plans issued in: its own month, or the 12 to its end. */
export const monthsCounted = (figure: ReturnFigure) =>
  figure.span === 'month' ? [figure.month] : monthsEnding(figure.month, 12);

/** What a figure counts, as a phrase: "plans issued in 20 weeks from April 2025 to March 2026, excluding exception cases". */
export function figureWords(figure: ReturnFigure): string {
  const months = monthsCounted(figure);
  const when =
    months.length === 1
      ? `in ${monthLabel(months[0]!)}`
      : `from ${monthLabel(months[0]!)} to ${monthLabel(months.at(-1)!)}`;
  const which = figure.measure === 'in_twenty_weeks' ? 'plans issued in 20 weeks' : 'plans issued';
  return `${which} ${when}, ${figure.exceptions === 'exclude' ? 'excluding' : 'including'} exception cases`;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A figure as it is kept in the address (`exclude.rolling.issued.2026-03`), so the list of cases can be bookmarked. */
export const figureKey = (figure: ReturnFigure) =>
  `${figure.exceptions}.${figure.span}.${figure.measure}.${figure.month}`;

export function figureFromKey(key: unknown): ReturnFigure | null {
  if (typeof key !== 'string') return null;
  const [exceptions, span, measure, month, ...rest] = key.split('.');
  if (
    rest.length ||
    (exceptions !== 'exclude' && exceptions !== 'include') ||
    (span !== 'month' && span !== 'rolling')
  )
    return null;
  if ((measure !== 'issued' && measure !== 'in_twenty_weeks') || !month || !MONTH.test(month)) return null;
  return { exceptions, span, measure, month };
}

/** The month and year fields of the month picker, checked as GOV.UK asks: say what is wrong with which field. */
export function monthProblems(
  fields: { month: string; year: string },
  thisMonth: string,
): Partial<Record<'month' | 'year', string>> {
  const month = fields.month.trim();
  const year = fields.year.trim();
  if (!month && !year) return { month: 'Enter the month and year of the last month of the table' };
  const problems: Partial<Record<'month' | 'year', string>> = {};
  if (!month) problems.month = 'Enter the month';
  else if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12)
    problems.month = 'The month must be a number from 1 to 12';
  if (!year) problems.year = 'Enter the year';
  else if (!/^\d{4}$/.test(year) || Number(year) < 2000)
    problems.year = 'The year must be 4 digits, like 2026';
  if (!problems.month && !problems.year && monthOf(fields) > thisMonth)
    problems.month = 'The last month of the table must be this month or before';
  return problems;
}

/** The fields as YYYY-MM (check them first). */
export const monthOf = (fields: { month: string; year: string }) =>
  `${fields.year.trim()}-${fields.month.trim().padStart(2, '0')}`;

/** YYYY-MM as the picker's fields: "3" and "2026". */
export function fieldsOf(month: string): { month: string; year: string } {
  const [year = '', number = ''] = month.split('-');
  return { month: /^\d+$/.test(number) ? String(Number(number)) : number, year };
}

/** The monthly return as one CSV table, a row per line of each table, for those who keep it in a spreadsheet. */
export function monthlyReturnCsv(report: TimelinessReport): string {
  const lines = (exceptions: ExceptionCases, months: TimelinessMonth[]) =>
    returnRows(exceptions).map((row) => [
      exceptions === 'exclude' ? 'Excluded' : 'Included',
      row.label,
      ...months.map((month) =>
        row.kind === 'count' ? countOf(month, row.span, row.measure) : percentOf(month, row.span),
      ),
    ]);
  return csvText([
    ['Exception cases', 'Measure', ...report.months.map(shortMonthLabel)],
    ...lines('exclude', report.withoutExceptions),
    ...lines('include', report.withExceptions),
  ]);
}
