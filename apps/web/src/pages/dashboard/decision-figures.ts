import {
  DECISION_OUTCOMES,
  type DecisionBreakdown,
  type DecisionCounts,
  type DecisionReport,
  type FigureQuery,
  type FigureSpan,
} from '@convene/contracts';
import { NEED_AREAS } from '@convene/domain';
import type { DashboardDecisions } from '../../api/dashboard-figures';
import { csvText } from '../../csv';
import { monthLabel } from '../reports/report-period';
import { needLabel, OUTCOME_COUNT, OUTCOME_LABELS } from './figure-cases';

/** One row of a table of decisions: what it is, its counts, and which decisions its counts are (for their cases). */
export interface DecisionFigureRow {
  label: string;
  counts: DecisionCounts;
  where: Omit<FigureQuery, 'measure' | 'outcome'>;
}

const NONE: DecisionCounts = {
  agreedToAssess: 0,
  refusedToAssess: 0,
  agreedToIssue: 0,
  notIssued: 0,
  refusalRate: null,
};

/** Each of the 12 months, with zeros where nothing was decided, so a gap reads as a gap. */
export function monthRows(decisions: DashboardDecisions): DecisionFigureRow[] {
  const byMonth = new Map(decisions.rolling.byMonth.map(({ key, ...counts }) => [key, counts]));
  return decisions.months.map((month) => ({
    label: monthLabel(month),
    counts: byMonth.get(month) ?? NONE,
    where: { month, span: 'month' },
  }));
}

export const BREAKDOWNS: { by: DecisionBreakdown; caption: string; rowHeading: string }[] = [
  { by: 'locality', caption: 'Decisions by locality', rowHeading: 'Locality' },
  { by: 'need', caption: 'Decisions by primary area of need', rowHeading: 'Primary area of need' },
  { by: 'setting', caption: 'Schools and settings with the most decisions', rowHeading: 'School or setting' },
];

/** One breakdown of a period's decisions; every area of need is listed, with zeros where none were decided. */
export function breakdownRows(
  report: DecisionReport,
  by: DecisionBreakdown,
  month: string,
  span: FigureSpan,
): DecisionFigureRow[] {
  const rows = by === 'locality' ? report.byLocality : by === 'need' ? report.byNeed : report.bySetting;
  const keyed = rows.map(({ key, ...counts }) => ({ key, counts }));
  const known = new Map(keyed.map((row) => [row.key, row.counts]));
  const listed =
    by === 'need'
      ? [
          ...NEED_AREAS.map((need): { key: string; counts: DecisionCounts } => ({
            key: need,
            counts: known.get(need) ?? NONE,
          })),
          ...keyed.filter((row) => !(NEED_AREAS as readonly string[]).includes(row.key)),
        ]
      : keyed;
  return listed.map(({ key, counts }) => ({
    label: by === 'need' ? needLabel(key) : key,
    counts,
    where: { month, span, by, key },
  }));
}

const spanWords = (decisions: DashboardDecisions, span: FigureSpan) =>
  span === 'month'
    ? monthLabel(decisions.month)
    : `${monthLabel(decisions.months[0]!)} to ${monthLabel(decisions.month)}`;

/** Every table of decisions as one CSV table, a row per line, for those who work in a spreadsheet. */
export function decisionFiguresCsv(decisions: DashboardDecisions): string {
  const line = (breakdown: string, period: string, label: string, counts: DecisionCounts) => [
    breakdown,
    period,
    label,
    ...DECISION_OUTCOMES.map((outcome) => counts[OUTCOME_COUNT[outcome]]),
    counts.refusalRate,
  ];
  const lines: (string | number | null)[][] = [];
  for (const span of ['month', 'rolling'] as const) {
    const report = span === 'month' ? decisions.inMonth : decisions.rolling;
    lines.push(line('All decisions', spanWords(decisions, span), 'All', report.total));
  }
  for (const row of monthRows(decisions)) lines.push(line('By month', row.label, row.label, row.counts));
  for (const span of ['month', 'rolling'] as const) {
    const report = span === 'month' ? decisions.inMonth : decisions.rolling;
    for (const { by, rowHeading } of BREAKDOWNS) {
      for (const row of breakdownRows(report, by, decisions.month, span))
        lines.push(line(`By ${rowHeading.toLowerCase()}`, spanWords(decisions, span), row.label, row.counts));
    }
  }
  return csvText([
    [
      'Breakdown',
      'Period',
      'Group',
      ...DECISION_OUTCOMES.map((outcome) => OUTCOME_LABELS[outcome]),
      'Refusal rate (%)',
    ],
    ...lines,
  ]);
}
