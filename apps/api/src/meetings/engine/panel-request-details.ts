import type { PanelRequestDetails } from '@convene/contracts';

/** The columns of a panel request, selected with a `pr_` prefix, as the room shows them. */
export const PANEL_REQUEST_COLUMNS = `pr.id AS pr_id, pr.kind AS pr_kind, pr.summary AS pr_summary, pr.setting_name AS pr_setting_name,
  pr.setting_type AS pr_setting_type, pr.amount_pence AS pr_amount_pence, pr.band AS pr_band,
  pr.purpose AS pr_purpose, pr.starts_on AS pr_starts_on, pr.ends_on AS pr_ends_on`;

export function panelRequestDetails(row: Record<string, any>): PanelRequestDetails | null {
  if (!row.pr_id) return null;
  return {
    id: row.pr_id,
    kind: row.pr_kind,
    summary: row.pr_summary,
    settingName: row.pr_setting_name,
    settingType: row.pr_setting_type,
    amountPence: row.pr_amount_pence,
    band: row.pr_band,
    purpose: row.pr_purpose,
    startsOn: row.pr_starts_on,
    endsOn: row.pr_ends_on,
  };
}
