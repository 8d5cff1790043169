import type { DecisionCounts, DecisionReport } from '@convene/contracts';
import { NEED_AREA_LABELS, NEED_AREAS, type NeedArea } from '@convene/domain';
import { monthLabel, monthsOf } from './report-period';

interface DecisionRow {
  /** What the row counts, as a reader says it: "March 2026", "Northdale", a school's name. */
  label: string;
  counts: DecisionCounts;
}

export interface DecisionTable {
  caption: string;
  /** The heading of the first column, naming what each row is. */
  rowHeading: string;
  rows: DecisionRow[];
}

const NO_DECISIONS: DecisionCounts = {
  agreedToAssess: 0,
  refusedToAssess: 0,
  agreedToIssue: 0,
  notIssued: 0,
  refusalRate: null,
};

/** "40.0%", or "No decisions" when nobody decided whether to assess, so there is no rate to give. */
export const refusalRateText = (rate: number | null) =>
  rate === null ? 'No decisions' : `${rate.toFixed(1)}%`;

export const decisionsMade = (counts: DecisionCounts) =>
  counts.agreedToAssess + counts.refusedToAssess + counts.agreedToIssue + counts.notIssued;

const isNeedArea = (key: string): key is NeedArea => (NEED_AREAS as readonly string[]).includes(key);

/**
 * The report's breakdowns as readers see them. Every month of the period and every area of need is
 * listed, with zeros where nothing was decided, so a gap reads as a gap rather than a missing row.
 */
export function decisionTables(report: DecisionReport): DecisionTable[] {
  const byKey = (rows: DecisionReport['byMonth']) => new Map(rows.map(({ key, ...counts }) => [key, counts]));
  const months = byKey(report.byMonth);
  const needs = byKey(report.byNeed);
  const otherNeeds = report.byNeed.filter((row) => !isNeedArea(row.key));
  const labelled = (rows: DecisionReport['byMonth']) =>
    rows.map(({ key, ...counts }) => ({ label: key, counts }));
  return [
    {
      caption: 'By month',
      rowHeading: 'Month',
      rows: monthsOf(report).map((key) => ({
        label: monthLabel(key),
        counts: months.get(key) ?? NO_DECISIONS,
      })),
    },
    { caption: 'By locality', rowHeading: 'Locality', rows: labelled(report.byLocality) },
    {
      caption: 'By primary area of need',
      rowHeading: 'Primary area of need',
      rows: [
        ...NEED_AREAS.map((need) => ({
          label: NEED_AREA_LABELS[need],
          counts: needs.get(need) ?? NO_DECISIONS,
        })),
        ...labelled(otherNeeds),
      ],
    },
    {
      caption: 'Schools and settings with the most decisions',
      rowHeading: 'School or setting',
      rows: labelled(report.bySetting),
    },
  ];
}

// A cell starting with one of these is run as a formula by spreadsheet programs; school names are imported data.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole report as one CSV table, a row per line of every breakdown, for leaders who work in a spreadsheet. */
export function decisionReportCsv(report: DecisionReport, tables: DecisionTable[]): string {
  const line = (breakdown: string, label: string, counts: DecisionCounts) =>
    [
      breakdown,
      label,
      counts.agreedToAssess,
      counts.refusedToAssess,
      counts.refusalRate ?? '',
      counts.agreedToIssue,
      counts.notIssued,
    ]
      .map(csvCell)
      .join(',');
  return [
    [
      'Breakdown',
      'Group',
      'Agreed to assess',
      'Refused to assess',
      'Refusal rate (%)',
      'Agreed to issue a plan',
      'Decided not to issue',
    ].join(','),
    line('Total', `${report.from} to ${report.to}`, report.total),
    ...tables.flatMap((table) => table.rows.map((row) => line(table.caption, row.label, row.counts))),
  ].join('\r\n');
}
