import type { DecisionReport } from '@convene/contracts';
import type { Role } from '@convene/domain';
import { getJson } from './http';

/** Who may read the leadership reports; the API's authorization matrix checks the same roles again. */
export const REPORT_READERS: Role[] = ['admin', 'chair', 'panel_member', 'qa_reviewer'];

/** A period of whole days, both ends included, as YYYY-MM-DD. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** Decision-Making Group decisions in the period: totals, refusal rate, and by month, locality, need and school. */
export function getDecisionReport(period: ReportPeriod): Promise<DecisionReport> {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return getJson<DecisionReport>(`/api/reports/decisions?${query}`);
}
