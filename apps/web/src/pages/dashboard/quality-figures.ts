import type { QualityRow } from '@convene/contracts';
import type { DashboardQuality } from '../../api/dashboard-figures';
import { csvText } from '../../csv';
import { monthLabel } from '../reports/report-period';

/** "12 months, April 2025 to March 2026". */
export const yearWords = (quality: DashboardQuality) =>
  `${monthLabel(quality.months[0]!)} to ${monthLabel(quality.month)}`;

/** Plans and advices meeting the standard as one CSV table, for those who work in a spreadsheet. */
export function qualityFiguresCsv(quality: DashboardQuality): string {
  const line = (what: string, period: string, group: string, row: QualityRow) => [
    what,
    period,
    group,
    row.moderated,
    row.meeting,
    row.percent,
  ];
  const year = yearWords(quality);
  return csvText([
    ['Figure', 'Period', 'Group', 'Moderated', 'Meeting the standard', 'Meeting the standard (%)'],
    line('Plans', monthLabel(quality.month), 'All', quality.plans.inMonth),
    line('Plans', year, 'All', quality.plans.rolling),
    ...quality.plans.byMonth.map((row) => line('Plans by month', monthLabel(row.key), 'All', row)),
    ...quality.advicesByAgency.flatMap((agency) => [
      line('Advices by agency', monthLabel(quality.month), agency.agency, agency.inMonth),
      line('Advices by agency', year, agency.agency, agency.rolling),
    ]),
  ]);
}
