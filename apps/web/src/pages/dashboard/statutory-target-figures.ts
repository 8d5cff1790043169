import type { FigureSpan } from '@convene/contracts';
import type { DecisionToAssessMeasure, TransferYearGroupMeasure } from '../../api/statutory-targets';
import { yearGroupLabel } from '../../format';
import { monthLabel } from '../reports/report-period';

/** A figure of the decisions-in-6-weeks tables whose decisions are listed. */
export interface DecisionFigure {
  month: string;
  span: FigureSpan;
  measure: DecisionToAssessMeasure;
  exceptions: 'include' | 'exclude';
}

/** A figure of the phase transfers by year group whose transfers are listed. */
export interface YearGroupFigure {
  year: number;
  yearGroup: number;
  measure: TransferYearGroupMeasure;
}

const DECISION_MEASURES: readonly DecisionToAssessMeasure[] = ['decided', 'in_six_weeks', 'late'];
const TRANSFER_MEASURES: readonly TransferYearGroupMeasure[] = [
  'due',
  'by_deadline',
  'late',
  'outstanding',
  'overdue',
];

/** The figure in the address, so a list can be bookmarked: "2026-02:month:late:exclude". */
export const decisionFigureKey = (f: DecisionFigure) => `${f.month}:${f.span}:${f.measure}:${f.exceptions}`;

export function decisionFigureFromKey(key: unknown): DecisionFigure | null {
  if (typeof key !== 'string') return null;
  const [month, span, measure, exceptions] = key.split(':');
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  if (span !== 'month' && span !== 'rolling') return null;
  if (!DECISION_MEASURES.includes(measure as DecisionToAssessMeasure)) return null;
  if (exceptions !== 'include' && exceptions !== 'exclude') return null;
  return { month, span, measure: measure as DecisionToAssessMeasure, exceptions };
}

/** "2026:6:late" */
export const yearGroupFigureKey = (f: YearGroupFigure) => `${f.year}:${f.yearGroup}:${f.measure}`;

export function yearGroupFigureFromKey(key: unknown): YearGroupFigure | null {
  if (typeof key !== 'string') return null;
  const [year, yearGroup, measure] = key.split(':');
  if (!year || !/^\d{4}$/.test(year) || !yearGroup || !/^-?\d{1,2}$/.test(yearGroup)) return null;
  if (!TRANSFER_MEASURES.includes(measure as TransferYearGroupMeasure)) return null;
  return { year: Number(year), yearGroup: Number(yearGroup), measure: measure as TransferYearGroupMeasure };
}

const DECISION_WORDS: Record<DecisionToAssessMeasure, string> = {
  decided: 'decisions whether to assess made',
  in_six_weeks: 'decisions whether to assess made within 6 weeks',
  late: 'decisions whether to assess made after 6 weeks',
};

/** "decisions whether to assess made after 6 weeks in February 2026, excluding exception cases" */
export function decisionFigureWords(f: DecisionFigure): string {
  const period =
    f.span === 'month' ? `in ${monthLabel(f.month)}` : `in the 12 months to ${monthLabel(f.month)}`;
  const exceptions = f.exceptions === 'exclude' ? ', excluding exception cases' : '';
  return `${DECISION_WORDS[f.measure]} ${period}${exceptions}`;
}

const TRANSFER_WORDS: Record<TransferYearGroupMeasure, string> = {
  due: 'phase transfers due',
  by_deadline: 'phase transfers amended by the deadline',
  late: 'phase transfers amended after the deadline',
  outstanding: 'phase transfers not yet amended',
  overdue: 'phase transfers overdue',
};

/** "phase transfers amended after the deadline in 2026, year 6" */
export const yearGroupFigureWords = (f: YearGroupFigure) =>
  `${TRANSFER_WORDS[f.measure]} in ${f.year}, ${yearGroupLabel(f.yearGroup).toLowerCase()}`;

/** The target in words, never by colour alone: "Met", "Not met", or nothing to judge. */
export const targetWords = (meetsTarget: boolean | null) =>
  meetsTarget === null ? '—' : meetsTarget ? 'Met' : 'Not met';
