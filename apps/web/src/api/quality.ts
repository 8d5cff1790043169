import type { DipSampleView, DrawDipSampleRequest, QualityCriterionView, QualityFigures } from '@convene/contracts';
import type { Role } from '@convene/domain';
import { getJson, patchJson, postJson } from './http';
import type { ReportPeriod } from './reports';

/** Who may draw a dip sample; the API checks the same roles again (and that a meeting's sampler chairs it). */
export const DIP_SAMPLERS: Role[] = ['admin', 'chair', 'qa_reviewer'];
/** Who may read the Quality and Compliance Group's figures. */
export const QUALITY_FIGURE_READERS: Role[] = ['admin', 'chair', 'qa_reviewer', 'dco'];

/** The framework's criteria, active and retired, in their order. */
export const getQualityFramework = () => getJson<QualityCriterionView[]>('/api/quality/framework');

export const addQualityCriterion = (body: { section: string; text: string; weight: number }) => postJson<QualityCriterionView>('/api/admin/quality-criteria', body);

export const changeQualityCriterion = (criterionId: string, body: { section?: string; text?: string; weight?: number; active?: boolean }) =>
  patchJson<QualityCriterionView>(`/api/admin/quality-criteria/${encodeURIComponent(criterionId)}`, body);

export const drawDipSample = (body: DrawDipSampleRequest) => postJson<DipSampleView>('/api/quality/dip-samples', body);

export const getDipSample = (sampleId: string) => getJson<DipSampleView>(`/api/quality/dip-samples/${encodeURIComponent(sampleId)}`);

/** Plans moderated at meetings held in the period (both ends included), and how far the reviewers agreed. */
export function getQualityFigures(period: ReportPeriod): Promise<QualityFigures> {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return getJson<QualityFigures>(`/api/quality/figures?${query}`);
}
