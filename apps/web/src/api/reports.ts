import type { DecisionReport, LeadershipPack, LeadershipPackSummary } from '@convene/contracts';
import type { Role } from '@convene/domain';
import { getJson, postJson, sendRaw } from './http';

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

/** Who may write a leadership pack's narrative and issue it; the API checks the same roles again. */
export const PACK_WRITERS: Role[] = ['admin', 'chair'];

/** The months with a leadership pack begun or issued, newest first. */
export const getLeadershipPacks = () => getJson<LeadershipPackSummary[]>('/api/reports/leadership-packs');

/** A month's pack: live figures for a draft, the frozen ones once issued. */
export const getLeadershipPack = (month: string) =>
  getJson<LeadershipPack>(`/api/reports/leadership-packs/${month}`);

export const writeLeadershipPackNarrative = (month: string, narrative: string) =>
  sendRaw<LeadershipPack>('PUT', `/api/reports/leadership-packs/${month}/narrative`, { narrative });

export const issueLeadershipPack = (month: string) =>
  postJson<LeadershipPack>(`/api/reports/leadership-packs/${month}/issue`);

export const leadershipPackPdfHref = (month: string) => `/api/reports/leadership-packs/${month}/pdf`;
