import { GATEWAY_COORDINATOR_ROLES, type Role } from '@convene/domain';
import { getJson } from './http';

/** Who may read the dashboard's figures; the API's authorization matrix checks the same roles again. */
export const DASHBOARD_READERS: Role[] = [
  'admin',
  'chair',
  'panel_member',
  'qa_reviewer',
  ...GATEWAY_COORDINATOR_ROLES,
];

import type { ActionView, OverdueActionsByTeam, TimelinessCase, TimelinessReport } from '@convene/contracts';

export type { TimelinessCase, TimelinessReport };

/** Which plans issued in the month: all of them, those in 20 weeks, or those late. */
export type TimelinessMeasure = 'issued' | 'in_twenty_weeks' | 'late';
/** Whether plans with a reg 10(4) exception are left out (as the published table does) or counted. */
export type ExceptionCases = 'exclude' | 'include';

/** Plans issued in 20 weeks for the `months` months ending with `month` (YYYY-MM), with and without exception cases. */
export function getTimeliness(month: string, months = 12): Promise<TimelinessReport> {
  const query = new URLSearchParams({ month, months: String(months) });
  return getJson<TimelinessReport>(`/api/dashboard/timeliness?${query}`);
}

/** The plans issued in one month behind a figure of the return. */
export function getTimelinessCases(
  month: string,
  measure: TimelinessMeasure,
  exceptions: ExceptionCases,
): Promise<TimelinessCase[]> {
  const query = new URLSearchParams({ month, measure, exceptions });
  return getJson<TimelinessCase[]>(`/api/dashboard/timeliness/cases?${query}`);
}

/** Open actions past their due day, by the team answerable for each. */
export const getOverdueActionsByTeam = () => getJson<OverdueActionsByTeam>('/api/dashboard/overdue-actions');
/** The overdue actions behind one team's count. */
export const getOverdueActionsOfTeam = (agencyId: string) =>
  getJson<ActionView[]>(`/api/dashboard/overdue-actions/${encodeURIComponent(agencyId)}`);
