import type { PanelRequestView } from '@convene/contracts';
import type { PanelRequestKind, PanelRequestStatus } from '@convene/domain';
import type { Queryable } from '../../../database/prepared-statement.repository.js';

/** The stages at which a child has an EHC plan, drafted or final: the plan is what these requests change. */
const WITH_A_PLAN = `('draft_issued', 'final_issued')`;

const VIEW = `SELECT pr.*, u.display_name AS raised_by_name FROM panel_requests pr LEFT JOIN users u ON u.id = pr.raised_by`;

/** A request as it is raised; null where its kind does not use the field. */
export interface NewPanelRequest {
  kind: PanelRequestKind;
  summary: string;
  settingName: string | null;
  settingType: PanelRequestView['settingType'];
  amountPence: number | null;
  band: PanelRequestView['band'];
  purpose: PanelRequestView['purpose'];
  startsOn: string | null;
  endsOn: string | null;
}

interface PanelRequestRow {
  id: string;
  kind: PanelRequestKind;
  summary: string;
  setting_name: string | null;
  setting_type: PanelRequestView['settingType'];
  amount_pence: number | null;
  band: PanelRequestView['band'];
  purpose: PanelRequestView['purpose'];
  starts_on: string | null;
  ends_on: string | null;
  status: PanelRequestStatus;
  raised_by: string | null;
  raised_by_name: string;
  raised_at: Date;
  decided_on: string | null;
}

/** Requests of one month, kind, outcome and detail settled in a period, with the amounts agreed. */
export interface SettledPanelRequestTally {
  month: string;
  kind: PanelRequestKind;
  status: 'agreed' | 'refused';
  detail: string;
  count: number;
  agreed_pence: number;
}

/** Changes of placement, funding and personal budget requests: raised on a case, decided at the panel. */
export class PanelRequestsRepository {
  constructor(private readonly db: Queryable) {}

  async ofChild(childId: string): Promise<PanelRequestView[]> {
    const rows = await this.db.query<PanelRequestRow[]>(
      `${VIEW} WHERE pr.child_id = $1 ORDER BY pr.raised_at DESC`,
      [childId],
    );
    return rows.map(toView);
  }

  async find(id: string): Promise<PanelRequestView> {
    const [row] = await this.db.query<PanelRequestRow[]>(`${VIEW} WHERE pr.id = $1`, [id]);
    return toView(row!);
  }

  /** The child, locked, with its Family Link Officer and whether it has a plan (draft or final). */
  async lockChild(
    childId: string,
  ): Promise<{ family_link_officer_id: string | null; has_plan: boolean } | undefined> {
    const [child] = await this.db.query<{ family_link_officer_id: string | null; has_plan: boolean }[]>(
      `SELECT c.family_link_officer_id, EXISTS (SELECT 1 FROM ehc_requests r WHERE r.child_id = c.id AND r.stage IN ${WITH_A_PLAN}) AS has_plan
           FROM children c WHERE c.id = $1 FOR UPDATE`,
      [childId],
    );
    return child;
  }

  /** Its id. */
  async raise(childId: string, request: NewPanelRequest, raisedBy: string): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO panel_requests (child_id, kind, summary, setting_name, setting_type, amount_pence, band, purpose, starts_on, ends_on, raised_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        childId,
        request.kind,
        request.summary,
        request.settingName,
        request.settingType,
        request.amountPence,
        request.band,
        request.purpose,
        request.startsOn,
        request.endsOn,
        raisedBy,
      ],
    );
    return row!.id;
  }

  /** The child's oldest request of that kind awaiting the panel. */
  async oldestAwaitingPanel(childId: string, kind: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM panel_requests WHERE child_id = $1 AND kind = $2 AND status = 'awaiting_panel' ORDER BY raised_at LIMIT 1`,
      [childId, kind],
    );
    return row?.id;
  }

  /**
   * Requests agreed or refused from `from` to `to` (both included), counted by month, kind, outcome and detail (the
   * funding band, the personal budget's purpose, the new setting's type), with the year's amounts agreed. An amount
   * agreed under delegation is the amount the officer agreed, which may be less than the one asked.
   */
  settledTallies(from: string, to: string): Promise<SettledPanelRequestTally[]> {
    return this.db.query(
      `SELECT to_char(pr.decided_on, 'YYYY-MM') AS month, pr.kind, pr.status,
              coalesce(pr.band, pr.purpose, pr.setting_type) AS detail, count(*)::int AS count,
              coalesce(sum(coalesce(dd.amount_pence, pr.amount_pence)) FILTER (WHERE pr.status = 'agreed'), 0)::float8 AS agreed_pence
         FROM panel_requests pr
         LEFT JOIN LATERAL (SELECT d.amount_pence FROM delegated_decisions d
                             WHERE d.panel_request_id = pr.id AND d.amount_pence IS NOT NULL
                             ORDER BY d.decided_at DESC LIMIT 1) dd ON true
        WHERE pr.status IN ('agreed', 'refused') AND pr.decided_on BETWEEN $1 AND $2
        GROUP BY 1, 2, 3, 4`,
      [from, to],
    );
  }

  /** Settled once: false when the request was already decided (or withdrawn). */
  async settle(id: string, status: PanelRequestStatus, decidedOn: string): Promise<boolean> {
    const [updated] = await this.db.query<[unknown[], number]>(
      `UPDATE panel_requests SET status = $2, decided_on = $3 WHERE id = $1 AND status = 'awaiting_panel' RETURNING id`,
      [id, status, decidedOn],
    );
    return updated.length > 0;
  }
}

function toView(row: PanelRequestRow): PanelRequestView {
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    settingName: row.setting_name,
    settingType: row.setting_type,
    amountPence: row.amount_pence,
    band: row.band,
    purpose: row.purpose,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    raisedBy: row.raised_by ? { id: row.raised_by, displayName: row.raised_by_name } : null,
    raisedAt: new Date(row.raised_at).toISOString(),
    decidedOn: row.decided_on,
  };
}
