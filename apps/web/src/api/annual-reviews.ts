import type {
  AnnualReviewCase,
  AnnualReviewMeasure,
  AnnualReviewsReport,
  AnnualReviewView,
  PhaseTransferCase,
  PhaseTransferMeasure,
  PhaseTransferView,
  RecordAmendedPlan,
  RecordPhaseTransfer,
  RecordPhaseTransferAmendment,
  RecordReviewDecision,
  RecordReviewMeeting,
} from '@convene/contracts';
import { getJson, postJson } from './http';

export type {
  AnnualReviewCase,
  AnnualReviewMeasure,
  AnnualReviewsReport,
  AnnualReviewView,
  PhaseTransferCase,
  PhaseTransferMeasure,
  PhaseTransferView,
};

const child = (childId: string) => `/api/cases/${encodeURIComponent(childId)}`;

export const listAnnualReviews = (childId: string) =>
  getJson<AnnualReviewView[]>(`${child(childId)}/annual-reviews`);
export const recordReviewMeeting = (childId: string, body: RecordReviewMeeting) =>
  postJson<AnnualReviewView>(`${child(childId)}/annual-reviews`, body);
export const recordReviewDecision = (reviewId: string, body: RecordReviewDecision) =>
  postJson<AnnualReviewView>(`/api/annual-reviews/${encodeURIComponent(reviewId)}/decision`, body);
export const recordAmendedPlan = (reviewId: string, body: RecordAmendedPlan) =>
  postJson<AnnualReviewView>(`/api/annual-reviews/${encodeURIComponent(reviewId)}/amended-plan`, body);

export const listPhaseTransfers = (childId: string) =>
  getJson<PhaseTransferView[]>(`${child(childId)}/phase-transfers`);
export const recordPhaseTransfer = (childId: string, body: RecordPhaseTransfer) =>
  postJson<PhaseTransferView>(`${child(childId)}/phase-transfers`, body);
export const recordPhaseTransferAmendment = (transferId: string, body: RecordPhaseTransferAmendment) =>
  postJson<PhaseTransferView>(`/api/phase-transfers/${encodeURIComponent(transferId)}/amended-plan`, body);

/** Annual reviews held on time for the `months` months ending with `month` (YYYY-MM), and phase transfers by deadline. */
export function getAnnualReviewFigures(month: string, months = 12): Promise<AnnualReviewsReport> {
  return getJson<AnnualReviewsReport>(
    `/api/dashboard/annual-reviews?${new URLSearchParams({ month, months: String(months) })}`,
  );
}

/** The reviews behind a figure: due in the month (or the 12 months to its end), or those standing one way. */
export function getAnnualReviewCases(
  month: string,
  measure: AnnualReviewMeasure,
  span: 'month' | 'rolling',
): Promise<AnnualReviewCase[]> {
  return getJson<AnnualReviewCase[]>(
    `/api/dashboard/annual-reviews/cases?${new URLSearchParams({ month, measure, span })}`,
  );
}

export function getPhaseTransferCases(
  deadline: string,
  measure: PhaseTransferMeasure,
): Promise<PhaseTransferCase[]> {
  return getJson<PhaseTransferCase[]>(
    `/api/dashboard/phase-transfers/cases?${new URLSearchParams({ deadline, measure })}`,
  );
}
