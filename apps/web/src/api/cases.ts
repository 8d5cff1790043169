import type {
  CaseDetail,
  CaseImportReport,
  CaseSort,
  CaseSummary,
  LocalityView,
  Page,
  PanelDecision,
} from '@convene/contracts';
import type { NeedArea, RequestStage } from '@convene/domain';
import { getJson, postForm } from './http';

export interface CaseFilters {
  locality?: string;
  stage?: RequestStage;
  need?: NeedArea;
  flo?: 'me';
  overdue?: boolean;
  dueThisWeek?: boolean;
  reference?: string;
  sort?: CaseSort;
  page?: number;
  pageSize?: number;
}

export function listCases(filters: CaseFilters): Promise<Page<CaseSummary>> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && value !== false) query.set(key, String(value));
  }
  return getJson<Page<CaseSummary>>(`/api/cases?${query}`);
}

export const getCase = (childId: string) => getJson<CaseDetail>(`/api/cases/${encodeURIComponent(childId)}`);
export const listPanelDecisions = (childId: string) =>
  getJson<PanelDecision[]>(`/api/cases/${encodeURIComponent(childId)}/panel-decisions`);
export const listLocalities = () => getJson<LocalityView[]>('/api/localities');

/** Imports the council's open cases from its case-management system's CSV export (docs/case-import.md). */
export function importCases(file: File): Promise<CaseImportReport> {
  const form = new FormData();
  form.append('file', file);
  return postForm<CaseImportReport>('/api/cases/import', form);
}
