import type {
  DipSampleListQuery,
  DipSampleSummary,
  DipSampleView,
  DrawDipSampleRequest,
  ModerateSamplePlanRequest,
  Page,
  QualityCriterionView,
  QualityFigures,
  SamplePlanReview,
  ScoreSamplePlanRequest,
} from '@convene/contracts';
import type { Role } from '@convene/domain';
import { getJson, patchJson, postJson } from './http';
import type { ReportPeriod } from './reports';

/** Who may draw a dip sample; the API checks the same roles again (and that a meeting's sampler chairs it). */
export const DIP_SAMPLERS: Role[] = ['admin', 'chair', 'qa_reviewer'];
/** Who scores a seniors' (tier 2) sample between meetings: the panel chairs and quality reviewers. */
export const SENIOR_SCORERS: Role[] = ['chair', 'qa_reviewer'];
/** Who may read the Quality and Compliance Group's figures. */
export const QUALITY_FIGURE_READERS: Role[] = ['admin', 'chair', 'qa_reviewer', 'dco'];

/** The framework's criteria, active and retired, in their order. */
export const getQualityFramework = () => getJson<QualityCriterionView[]>('/api/quality/framework');

export const addQualityCriterion = (body: { section: string; text: string; weight: number }) =>
  postJson<QualityCriterionView>('/api/admin/quality-criteria', body);

export const changeQualityCriterion = (
  criterionId: string,
  body: { section?: string; text?: string; weight?: number; active?: boolean },
) => patchJson<QualityCriterionView>(`/api/admin/quality-criteria/${encodeURIComponent(criterionId)}`, body);

export const drawDipSample = (body: DrawDipSampleRequest) =>
  postJson<DipSampleView>('/api/quality/dip-samples', body);

export const getDipSample = (sampleId: string) =>
  getJson<DipSampleView>(`/api/quality/dip-samples/${encodeURIComponent(sampleId)}`);

/** Past dip samples, newest first. */
export function listDipSamples(filters: DipSampleListQuery): Promise<Page<DipSampleSummary>> {
  const query = new URLSearchParams(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return getJson<Page<DipSampleSummary>>(`/api/quality/dip-samples${query ? `?${query}` : ''}`);
}

const samplePlan = (sampleId: string, requestId: string, what: string) =>
  `/api/quality/dip-samples/${encodeURIComponent(sampleId)}/plans/${encodeURIComponent(requestId)}/${what}`;

/** A senior's private score of a plan in their sample; changeable until the owner reveals the scores. */
export const scoreSamplePlan = (sampleId: string, requestId: string, body: ScoreSamplePlanRequest) =>
  postJson<SamplePlanReview>(samplePlan(sampleId, requestId, 'scores'), body);

/** The sample's owner reveals every score of the plan at once. */
export const revealSamplePlan = (sampleId: string, requestId: string) =>
  postJson<SamplePlanReview>(samplePlan(sampleId, requestId, 'reveal'));

/** The sample's owner records the moderated grade, with feedback for the plan's writer. */
export const moderateSamplePlan = (sampleId: string, requestId: string, body: ModerateSamplePlanRequest) =>
  postJson<SamplePlanReview>(samplePlan(sampleId, requestId, 'moderation'), body);

/** Moves a criterion one place within its section; answers with the whole framework in its new order. */
export const moveQualityCriterion = (criterionId: string, direction: 'up' | 'down') =>
  patchJson<QualityCriterionView[]>(
    `/api/admin/quality-criteria/${encodeURIComponent(criterionId)}/position`,
    { direction },
  );

/** Plans moderated at meetings held in the period (both ends included), and how far the reviewers agreed. */
export function getQualityFigures(period: ReportPeriod): Promise<QualityFigures> {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return getJson<QualityFigures>(`/api/quality/figures?${query}`);
}
