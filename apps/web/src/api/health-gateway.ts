import type {
  HealthAdviceView,
  HealthGatewayFigures,
  HealthTeam,
  RateAdviceQuality,
  RecordHealthAdviceRequest,
} from '@convene/contracts';
import type { Role } from '@convene/domain';
import { getJson, postForm, postJson } from './http';
import type { ReportPeriod } from './reports';

/** Who may read the gateway's figures; the API checks the same roles again. */
export const GATEWAY_FIGURE_READERS: Role[] = ['dco', 'admin', 'chair', 'qa_reviewer'];
/** Who runs the tracker and records requests by hand. */
export const GATEWAY_RUNNERS: Role[] = ['dco', 'admin'];

export type AdviceState = 'open' | 'returned' | 'all';

const advicePath = (adviceId: string, action: string) =>
  `/api/health-gateway/advice/${encodeURIComponent(adviceId)}/${action}`;

export const listHealthTeams = () => getJson<HealthTeam[]>('/api/health-gateway/teams');

/** The tracker (any team, or every team) or a team's queue; a team's representative always gets their own team's. */
export function listHealthAdvice(filter: {
  teamId?: string;
  state: AdviceState;
}): Promise<HealthAdviceView[]> {
  const query = new URLSearchParams({ state: filter.state });
  if (filter.teamId) query.set('teamId', filter.teamId);
  return getJson<HealthAdviceView[]>(`/api/health-gateway/advice?${query}`);
}

/** A request for advice recorded by hand, or a referral on the 0–2 pathway. */
export const recordHealthAdvice = (body: RecordHealthAdviceRequest) =>
  postJson<HealthAdviceView>('/api/health-gateway/advice', body);

/** The team marks its advice returned by uploading it; the document joins the case's evidence. */
export function returnHealthAdvice(
  adviceId: string,
  form: { file: File; title?: string },
): Promise<HealthAdviceView> {
  const body = new FormData();
  body.set('file', form.file);
  if (form.title) body.set('title', form.title);
  return postForm<HealthAdviceView>(advicePath(adviceId, 'return'), body);
}

export const rateAdviceQuality = (adviceId: string, body: RateAdviceQuality) =>
  postJson<HealthAdviceView>(advicePath(adviceId, 'quality'), body);

export const chaseHealthAdvice = (adviceId: string, note?: string) =>
  postJson<HealthAdviceView>(advicePath(adviceId, 'chase'), note ? { note } : {});

/** Advices by the month they were due, in the period (both ends included). */
export function getHealthGatewayFigures(period: ReportPeriod): Promise<HealthGatewayFigures> {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return getJson<HealthGatewayFigures>(`/api/health-gateway/figures?${query}`);
}
