import type {
  AdviceGatewaysView,
  HealthAdviceView,
  HealthGatewayFigures,
  HealthTeam,
  RateAdviceQuality,
  RecordHealthAdviceRequest,
} from '@convene/contracts';
import type { AdviceGateway } from '@convene/domain';
import { getJson, postForm, postJson } from './http';
import type { ReportPeriod } from './reports';

/** A gateway's part of a web address: every gateway has the Health Gateway's routes under its own. */
export type GatewaySlug = AdviceGateway['slug'];

export type AdviceState = 'open' | 'returned' | 'all';

/** The gateways this council runs: health always, social care and educational psychology if it chooses. */
export const listAdviceGateways = () => getJson<AdviceGatewaysView>('/api/advice-gateways');

const advicePath = (gateway: GatewaySlug, adviceId: string, action: string) =>
  `/api/${gateway}/advice/${encodeURIComponent(adviceId)}/${action}`;

/** The teams a gateway triages to: the agencies of its kind. */
export const listGatewayTeams = (gateway: GatewaySlug) => getJson<HealthTeam[]>(`/api/${gateway}/teams`);

/** The tracker (any team, or every team) or a team's queue; a team's representative always gets their own team's. */
export function listAdvice(
  gateway: GatewaySlug,
  filter: { teamId?: string; state: AdviceState },
): Promise<HealthAdviceView[]> {
  const query = new URLSearchParams({ state: filter.state });
  if (filter.teamId) query.set('teamId', filter.teamId);
  return getJson<HealthAdviceView[]>(`/api/${gateway}/advice?${query}`);
}

/** A request for advice recorded by hand, or a referral on the 0–2 pathway. */
export const recordAdvice = (gateway: GatewaySlug, body: RecordHealthAdviceRequest) =>
  postJson<HealthAdviceView>(`/api/${gateway}/advice`, body);

/** The team marks its advice returned by uploading it; the document joins the case's evidence. */
export function returnAdvice(
  gateway: GatewaySlug,
  adviceId: string,
  form: { file: File; title?: string },
): Promise<HealthAdviceView> {
  const body = new FormData();
  body.set('file', form.file);
  if (form.title) body.set('title', form.title);
  return postForm<HealthAdviceView>(advicePath(gateway, adviceId, 'return'), body);
}

export const rateAdviceQuality = (gateway: GatewaySlug, adviceId: string, body: RateAdviceQuality) =>
  postJson<HealthAdviceView>(advicePath(gateway, adviceId, 'quality'), body);

export const chaseAdvice = (gateway: GatewaySlug, adviceId: string, note?: string) =>
  postJson<HealthAdviceView>(advicePath(gateway, adviceId, 'chase'), note ? { note } : {});

/** Advices by the month they were due, in the period (both ends included). */
export function getGatewayFigures(gateway: GatewaySlug, period: ReportPeriod): Promise<HealthGatewayFigures> {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return getJson<HealthGatewayFigures>(`/api/${gateway}/figures?${query}`);
}
