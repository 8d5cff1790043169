import type { PanelRequestView, RaisePanelRequest } from '@convene/contracts';
import { getJson, postJson } from './http';

export const listPanelRequests = (childId: string) =>
  getJson<PanelRequestView[]>(`/api/cases/${encodeURIComponent(childId)}/panel-requests`);
export const raisePanelRequest = (childId: string, body: RaisePanelRequest) =>
  postJson<PanelRequestView>(`/api/cases/${encodeURIComponent(childId)}/panel-requests`, body);

/** "12,345.50" or "£450" → whole pence; null when it is not an amount of money. */
export function poundsToPence(text: string): number | null {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
