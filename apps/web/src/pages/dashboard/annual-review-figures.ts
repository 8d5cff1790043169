import {
  monthsEnding,
  PHASE_TRANSFER_LABELS,
  type AnnualReviewMonth,
  type PhaseTransferDeadlineFigures,
  type ReviewCounts,
} from '@convene/domain';
import type {
  AnnualReviewMeasure,
  AnnualReviewsReport,
  PhaseTransferMeasure,
} from '../../api/annual-reviews';
import { csvText } from '../../csv';
import { longDate } from '../../format';
import { monthLabel } from '../reports/report-period';

/** A count of annual reviews: in its own month, or in the 12 months to its end. */
export interface ReviewFigure {
  span: 'month' | 'rolling';
  measure: AnnualReviewMeasure;
  /** YYYY-MM */
  month: string;
}

/** A count of phase transfers with one deadline. */
export interface TransferFigure {
  deadline: string;
  measure: PhaseTransferMeasure;
}

/** The columns of the reviews table, in the council's words. */
export const REVIEW_COLUMNS: { measure: AnnualReviewMeasure; label: string }[] = [
  { measure: 'due', label: 'Due' },
  { measure: 'held_on_time', label: 'Held by the due day' },
  { measure: 'held_late', label: 'Held late' },
  { measure: 'overdue', label: 'Not held, overdue' },
  { measure: 'not_yet_due', label: 'Not yet due' },
];

export const TRANSFER_COLUMNS: { measure: PhaseTransferMeasure; label: string }[] = [
  { measure: 'due', label: 'Due' },
  { measure: 'by_deadline', label: 'Amended by the deadline' },
  { measure: 'late', label: 'Amended late' },
  { measure: 'outstanding', label: 'Not yet amended' },
  { measure: 'overdue', label: 'Of those, past the deadline' },
];

const REVIEW_COUNT: Record<AnnualReviewMeasure, keyof ReviewCounts> = {
  due: 'due',
  held_on_time: 'heldOnTime',
  held_late: 'heldLate',
  overdue: 'overdue',
  not_yet_due: 'notYetDue',
};
export const reviewCount = (
  month: AnnualReviewMonth,
  span: ReviewFigure['span'],
  measure: AnnualReviewMeasure,
) => (span === 'month' ? month : month.rolling)[REVIEW_COUNT[measure]] as number;

const TRANSFER_COUNT: Record<
  PhaseTransferMeasure,
  'due' | 'byDeadline' | 'late' | 'outstanding' | 'overdue'
> = {
  due: 'due',
  by_deadline: 'byDeadline',
  late: 'late',
  outstanding: 'outstanding',
  overdue: 'overdue',
};
export const transferCount = (row: PhaseTransferDeadlineFigures, measure: PhaseTransferMeasure) =>
  row[TRANSFER_COUNT[measure]];

/** "Transfers in 2027, due by 15 February 2027: primary to secondary school". */
export function deadlineWords(
  row: Pick<PhaseTransferDeadlineFigures, 'transferYear' | 'deadline' | 'kinds'>,
): string {
  return `Transfers in ${row.transferYear}, due by ${longDate(row.deadline)}: ${row.kinds.map((k) => PHASE_TRANSFER_LABELS[k].toLowerCase()).join(', ')}`;
}

const REVIEW_WORDS: Record<AnnualReviewMeasure, string> = {
  due: '',
  held_on_time: ' held by their due day',
  held_late: ' held late',
  overdue: ' not held and overdue',
  not_yet_due: ' not yet due',
};

/** "annual reviews due from April 2024 to March 2025 held late" */
export function reviewFigureWords(figure: ReviewFigure): string {
  const months = figure.span === 'month' ? [figure.month] : monthsEnding(figure.month, 12);
  const when =
    months.length === 1
      ? `in ${monthLabel(months[0]!)}`
      : `from ${monthLabel(months[0]!)} to ${monthLabel(months.at(-1)!)}`;
  return `annual reviews due ${when}${REVIEW_WORDS[figure.measure]}`;
}

const TRANSFER_WORDS: Record<PhaseTransferMeasure, string> = {
  due: '',
  by_deadline: ' amended by the deadline',
  late: ' amended late',
  outstanding: ' not yet amended',
  overdue: ' not amended and past the deadline',
};

export function transferFigureWords(figure: TransferFigure): string {
  return `phase transfers due by ${longDate(figure.deadline)}${TRANSFER_WORDS[figure.measure]}`;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A figure as it is kept in the address (`rolling.held_late.2025-03`), so its list can be bookmarked. */
export const reviewFigureKey = (f: ReviewFigure) => `${f.span}.${f.measure}.${f.month}`;

export function reviewFigureFromKey(key: unknown): ReviewFigure | null {
  if (typeof key !== 'string') return null;
  const [span, measure, month, ...rest] = key.split('.');
  if (
    rest.length ||
    (span !== 'month' && span !== 'rolling') ||
    !REVIEW_COLUMNS.some((c) => c.measure === measure) ||
    !month ||
    !MONTH.test(month)
  )
    return null;
  return { span, measure: measure as AnnualReviewMeasure, month };
}

export const transferFigureKey = (f: TransferFigure) => `${f.deadline}.${f.measure}`;

export function transferFigureFromKey(key: unknown): TransferFigure | null {
  if (typeof key !== 'string') return null;
  const [deadline, measure, ...rest] = key.split('.');
  if (rest.length || !deadline || !DAY.test(deadline) || !TRANSFER_COLUMNS.some((c) => c.measure === measure))
    return null;
  return { deadline, measure: measure as PhaseTransferMeasure };
}

const percentCell = (percent: number | null) => (percent === null ? '' : percent.toFixed(1));

/** The reviews table as CSV, one row a month, for Excel. */
export function annualReviewsCsv(report: AnnualReviewsReport): string {
  return csvText([
    [
      'Month',
      ...REVIEW_COLUMNS.map((c) => c.label),
      '% held on time',
      '12 months to date: due',
      '12 months to date: held by the due day',
      '12 months to date: % held on time',
    ],
    ...report.annualReviews.map((m) => [
      m.month,
      ...REVIEW_COLUMNS.map((c) => reviewCount(m, 'month', c.measure)),
      percentCell(m.percentOnTime),
      m.rolling.due,
      m.rolling.heldOnTime,
      percentCell(m.rolling.percentOnTime),
    ]),
  ]);
}

/** The phase transfers table as CSV, one row a deadline. */
export function phaseTransfersCsv(report: AnnualReviewsReport): string {
  return csvText([
    [
      'Transfer year',
      'Deadline',
      'Transfers',
      ...TRANSFER_COLUMNS.map((c) => c.label),
      '% amended by the deadline',
    ],
    ...report.phaseTransfers.map((row) => [
      row.transferYear,
      row.deadline,
      row.kinds.map((k) => PHASE_TRANSFER_LABELS[k]).join('; '),
      ...TRANSFER_COLUMNS.map((c) => transferCount(row, c.measure)),
      percentCell(row.percentByDeadline),
    ]),
  ]);
}
