import type { DashboardDecisions, DashboardQuality, FigureCaseList, FigureQuery } from '@convene/contracts';
import { getJson } from './http';

export type { DashboardDecisions, DashboardQuality, FigureCaseList, FigureQuery };

/** Decisions in `month` (YYYY-MM) and the 12 months to its end. */
export const getDashboardDecisions = (month: string) =>
  getJson<DashboardDecisions>(`/api/dashboard/decisions?${new URLSearchParams({ month })}`);

/** Plans and advices meeting the standard in `month` and the 12 months to its end. */
export const getDashboardQuality = (month: string) =>
  getJson<DashboardQuality>(`/api/dashboard/quality?${new URLSearchParams({ month })}`);

/** The cases behind one figure of the dashboard. */
export function getFigureCases(figure: FigureQuery): Promise<FigureCaseList> {
  const query = new URLSearchParams(
    Object.entries(figure).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return getJson<FigureCaseList>(`/api/dashboard/cases?${query}`);
}
