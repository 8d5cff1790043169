import type { PanelDecision, PanelRequestDetails, VotingStatus } from '@convene/contracts';
import type { AgendaItemKind, AgendaItemStatus, QualityGrade } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** An agenda item as a command sees it, locked for the command. */
export interface LockedItem {
  id: string;
  kind: AgendaItemKind;
  status: AgendaItemStatus;
  voting_status: VotingStatus;
  allowance_minutes: number | null;
}

/** An item to put at the end of an agenda. */
export interface NewAgendaItem {
  kind: AgendaItemKind;
  requestId: string | null;
  panelRequestId?: string | null;
  adviceRequestId?: string | null;
  presenterId?: string | null;
  restricted?: boolean;
}

/** The case an item is added for, with its presenter and panel request, as the room shows them. */
export interface CaseOnTheAgenda {
  child_id: string;
  case_reference: string;
  presenter_id: string | null;
  /** Set with the presenter. */
  presenter_name: string;
  panelRequest: PanelRequestDetails | null;
}

/** The columns of a panel request, selected with a `pr_` prefix, as the room shows them. */
const PANEL_REQUEST_COLUMNS = `pr.id AS pr_id, pr.kind AS pr_kind, pr.summary AS pr_summary, pr.setting_name AS pr_setting_name,
  pr.setting_type AS pr_setting_type, pr.amount_pence AS pr_amount_pence, pr.band AS pr_band,
  pr.purpose AS pr_purpose, pr.starts_on AS pr_starts_on, pr.ends_on AS pr_ends_on`;

/** A panel request's columns as PANEL_REQUEST_COLUMNS selects them. */
export interface PanelRequestColumns {
  pr_id: string | null;
  pr_kind: PanelRequestDetails['kind'];
  pr_summary: string;
  pr_setting_name: string | null;
  pr_setting_type: PanelRequestDetails['settingType'];
  pr_amount_pence: number | null;
  pr_band: PanelRequestDetails['band'];
  pr_purpose: PanelRequestDetails['purpose'];
  pr_starts_on: string | null;
  pr_ends_on: string | null;
}

export function panelRequestDetails(row: PanelRequestColumns): PanelRequestDetails | null {
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

/** An item as the room shows it, with its case and presenter. */
export interface AgendaItemRow extends PanelRequestColumns {
  id: string;
  position: number;
  kind: AgendaItemKind;
  status: AgendaItemStatus;
  voting_status: VotingStatus;
  restricted: boolean;
  request_id: string | null;
  outcome: string | null;
  /** Set with the outcome. */
  outcome_reasons: string;
  outcome_conditions: string | null;
  inquorate_reason: string | null;
  deferred_reason: string | null;
  withdrawn_reason: string | null;
  /** The chair's allowance; null: the default for the item's kind. */
  allowance_minutes: number | null;
  voting_reopened_reasons: string[];
  criteria_not_met_reason: string | null;
  child_id: string | null;
  case_reference: string | null;
  presenter_id: string | null;
  /** Set with the presenter. */
  presenter_name: string;
}

/** A threshold criterion of an item, and the chair's mark against it (null: not marked). */
export interface ItemCriterion {
  agenda_item_id: string;
  id: string;
  text: string;
  met: boolean | null;
}

/** A decision (or deferral) a panel that sat took on a child's case. */
export interface PanelDecisionRow {
  item_id: string;
  meeting_id: string;
  meeting_title: string;
  held_on: string;
  kind: AgendaItemKind;
  status: PanelDecision['status'];
  outcome: string | null;
  outcome_reasons: string | null;
  outcome_conditions: string | null;
  deferred_reason: string | null;
}

/** A decision as the family's letter states it. */
export interface DecisionForLetter {
  kind: AgendaItemKind;
  outcome: string;
  outcome_reasons: string;
  outcome_conditions: string | null;
  decided_at: Date;
  child_id: string;
  case_reference: string;
  given_name: string;
  family_name: string;
}

/** A meeting's agenda: its items, their order, their voting state and what was decided on each. */
export class AgendaItemsRepository {
  constructor(private readonly db: Queryable) {}

  /** The meeting's items in agenda order, each with its case and presenter. */
  inMeeting(meetingId: string): Promise<AgendaItemRow[]> {
    return this.db.query(
      `SELECT a.id, a.position, a.kind, a.status, a.voting_status, a.restricted, a.request_id, a.outcome, a.outcome_reasons,
                a.outcome_conditions, a.inquorate_reason, a.deferred_reason, a.withdrawn_reason, a.allowance_minutes, a.voting_reopened_reasons, a.criteria_not_met_reason,
                c.id AS child_id, c.case_reference,
                p.id AS presenter_id, p.display_name AS presenter_name, ${PANEL_REQUEST_COLUMNS}
           FROM agenda_items a
           LEFT JOIN ehc_requests r ON r.id = a.request_id
           LEFT JOIN panel_requests pr ON pr.id = a.panel_request_id
           LEFT JOIN children c ON c.id = coalesce(r.child_id, pr.child_id)
           LEFT JOIN users p ON p.id = a.presenter_id
          WHERE a.meeting_id = $1 ORDER BY a.position`,
      [meetingId],
    );
  }

  /** Each item's criteria: the active ones for its kind, and any retired one already marked for it. */
  criteriaIn(meetingId: string): Promise<ItemCriterion[]> {
    return this.db.query(
      `SELECT a.id AS agenda_item_id, t.id, t.text, cm.met
           FROM agenda_items a
           JOIN threshold_criteria t ON t.item_kind = a.kind
           LEFT JOIN criterion_marks cm ON cm.agenda_item_id = a.id AND cm.criterion_id = t.id
          WHERE a.meeting_id = $1 AND (t.active OR cm.met IS NOT NULL)
          ORDER BY t.position`,
      [meetingId],
    );
  }

  /** The meeting's sampled-plan items with their moderated grade (the outcome, once decided) and who recorded it. */
  sampledPlansIn(meetingId: string): Promise<
    {
      id: string;
      request_id: string;
      voting_status: VotingStatus;
      status: AgendaItemStatus;
      outcome: QualityGrade | null;
      decided_at: Date;
      decided_by: string | null;
      decider: string;
    }[]
  > {
    return this.db.query(
      `SELECT a.id, a.request_id, a.voting_status, a.status, a.outcome, a.decided_at, a.decided_by, u.display_name AS decider
       FROM agenda_items a LEFT JOIN users u ON u.id = a.decided_by
      WHERE a.meeting_id = $1 AND a.kind = 'dip_sample'`,
      [meetingId],
    );
  }

  /** A sampled-plan item of the meeting, with the reader's part in the meeting; undefined when they are not invited. */
  async sampledPlanFor(
    meetingId: string,
    itemId: string,
    userId: string,
  ): Promise<{ request_id: string | null; restricted: boolean; role: string } | undefined> {
    const [item] = await this.db.query<{ request_id: string | null; restricted: boolean; role: string }[]>(
      `SELECT a.request_id, a.restricted, mm.role
         FROM agenda_items a JOIN meeting_members mm ON mm.meeting_id = a.meeting_id AND mm.user_id = $3
        WHERE a.id = $2 AND a.meeting_id = $1 AND a.kind = 'dip_sample'`,
      [meetingId, itemId, userId],
    );
    return item;
  }

  /** The advice an audit item grades, if any. */
  async adviceRequestOf(itemId: string): Promise<string | null> {
    const [row] = await this.db.query<{ advice_request_id: string | null }[]>(
      `SELECT advice_request_id FROM agenda_items WHERE id = $1`,
      [itemId],
    );
    return row?.advice_request_id ?? null;
  }

  /** What the panels decided or deferred for the child at meetings that sat, latest first. */
  decidedForChild(childId: string): Promise<PanelDecisionRow[]> {
    return this.db.query(
      `SELECT a.id AS item_id, m.id AS meeting_id, m.title AS meeting_title,
              to_char((coalesce(m.started_at, m.starts_at) AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD') AS held_on,
              a.kind, a.status, a.outcome, a.outcome_reasons, a.outcome_conditions, a.deferred_reason
         FROM agenda_items a
         LEFT JOIN ehc_requests r ON r.id = a.request_id
         LEFT JOIN panel_requests pr ON pr.id = a.panel_request_id
         JOIN meetings m ON m.id = a.meeting_id
        WHERE coalesce(r.child_id, pr.child_id) = $1
          AND a.status IN ('decided', 'deferred')
          AND m.status IN ('in_progress', 'ended')
        ORDER BY coalesce(m.started_at, m.starts_at) DESC, a.decided_at DESC NULLS LAST, a.position DESC`,
      [childId],
    );
  }

  /** A decided item of a meeting the user is invited to, with the child it names, for the family's letter. */
  async decisionForLetter(
    meetingId: string,
    itemId: string,
    userId: string,
  ): Promise<DecisionForLetter | undefined> {
    const [row] = await this.db.query<DecisionForLetter[]>(
      `SELECT a.kind, a.outcome, a.outcome_reasons, a.outcome_conditions, a.decided_at, c.id AS child_id, c.case_reference, c.given_name, c.family_name
         FROM agenda_items a
         JOIN meeting_members mm ON mm.meeting_id = a.meeting_id AND mm.user_id = $3
         JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id
        WHERE a.id = $2 AND a.meeting_id = $1 AND a.status = 'decided'`,
      [meetingId, itemId, userId],
    );
    return row;
  }

  /** The item, locked, if it is on this meeting's agenda. */
  async lock(itemId: string, meetingId: string): Promise<LockedItem | undefined> {
    const [item] = await this.db.query<LockedItem[]>(
      `SELECT id, kind, status, voting_status, allowance_minutes FROM agenda_items WHERE id = $1 AND meeting_id = $2 FOR UPDATE`,
      [itemId, meetingId],
    );
    return item;
  }

  async kindOf(itemId: string, meetingId: string): Promise<AgendaItemKind | undefined> {
    const [item] = await this.db.query<{ kind: AgendaItemKind }[]>(
      `SELECT kind FROM agenda_items WHERE id = $1 AND meeting_id = $2`,
      [itemId, meetingId],
    );
    return item?.kind;
  }

  /** The case request or panel request the item decides on. */
  async requestsOf(itemId: string): Promise<{ requestId: string | null; panelRequestId: string | null }> {
    const [row] = await this.db.query<{ request_id: string | null; panel_request_id: string | null }[]>(
      `SELECT request_id, panel_request_id FROM agenda_items WHERE id = $1`,
      [itemId],
    );
    return { requestId: row!.request_id, panelRequestId: row!.panel_request_id };
  }

  /** The status of every item on the meeting's agenda. */
  async statusesIn(meetingId: string): Promise<AgendaItemStatus[]> {
    const rows = await this.db.query<{ status: AgendaItemStatus }[]>(
      `SELECT status FROM agenda_items WHERE meeting_id = $1`,
      [meetingId],
    );
    return rows.map((r) => r.status);
  }

  /** Whether voting is open on any item of the meeting. */
  async votingOpenIn(meetingId: string): Promise<boolean> {
    const open = await this.db.query<unknown[]>(
      `SELECT 1 FROM agenda_items WHERE meeting_id = $1 AND voting_status = 'open'`,
      [meetingId],
    );
    return open.length > 0;
  }

  async openVoting(itemId: string): Promise<void> {
    await this.db.query(`UPDATE agenda_items SET voting_status = 'open' WHERE id = $1`, [itemId]);
  }

  async closeVoting(itemId: string, inquorateReason: string | null): Promise<void> {
    await this.db.query(
      `UPDATE agenda_items SET voting_status = 'closed', inquorate_reason = $2 WHERE id = $1`,
      [itemId, inquorateReason],
    );
  }

  /** Voting open again, the reason kept with the item; an inquorate close no longer stands. */
  async reopenVoting(itemId: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE agenda_items SET voting_status = 'open', inquorate_reason = NULL, voting_reopened_reasons = voting_reopened_reasons || $2::text WHERE id = $1`,
      [itemId, reason],
    );
  }

  async setAllowance(itemId: string, minutes: number): Promise<void> {
    await this.db.query(`UPDATE agenda_items SET allowance_minutes = $2 WHERE id = $1`, [itemId, minutes]);
  }

  async revealVotes(itemId: string): Promise<void> {
    await this.db.query(`UPDATE agenda_items SET voting_status = 'revealed' WHERE id = $1`, [itemId]);
  }

  /** The meeting's items in agenda order, locked. */
  async lockOrder(meetingId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM agenda_items WHERE meeting_id = $1 ORDER BY position FOR UPDATE`,
      [meetingId],
    );
    return rows.map((r) => r.id);
  }

  /** Puts the items in the order given. Two steps, because positions are unique within a meeting at every moment. */
  async reorder(meetingId: string, itemIds: readonly string[]): Promise<void> {
    await this.db.query(`UPDATE agenda_items SET position = -position WHERE meeting_id = $1`, [meetingId]);
    await this.db.query(
      `UPDATE agenda_items a SET position = o.position FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position) WHERE a.id = o.id AND a.meeting_id = $1`,
      [meetingId, itemIds],
    );
  }

  async startDiscussion(itemId: string): Promise<void> {
    await this.db.query(`UPDATE agenda_items SET status = 'in_discussion' WHERE id = $1`, [itemId]);
  }

  async defer(itemId: string, reason: string, decidedBy: string): Promise<void> {
    await this.db.query(
      `UPDATE agenda_items SET status = 'deferred', deferred_reason = $2, decided_at = now(), decided_by = $3 WHERE id = $1`,
      [itemId, reason, decidedBy],
    );
  }

  async withdraw(itemId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE agenda_items SET status = 'withdrawn', withdrawn_reason = $2 WHERE id = $1`, [
      itemId,
      reason,
    ]);
  }

  async decide(
    itemId: string,
    decision: {
      outcome: string;
      reasons: string;
      conditions: string | null;
      criteriaNotMetReason?: string | null;
      decidedBy: string;
    },
  ): Promise<void> {
    await this.db.query(
      `UPDATE agenda_items SET status = 'decided', outcome = $2, outcome_reasons = $3, outcome_conditions = $4, criteria_not_met_reason = $6, decided_at = now(), decided_by = $5
        WHERE id = $1`,
      [
        itemId,
        decision.outcome,
        decision.reasons,
        decision.conditions,
        decision.decidedBy,
        decision.criteriaNotMetReason ?? null,
      ],
    );
  }

  /** The item's threshold criteria (the active ones for its kind, and any retired one marked for it): how many, and how many not marked met. */
  async criteriaNotMet(itemId: string): Promise<{ total: number; notMet: number }> {
    const [row] = await this.db.query<{ total: number; not_met: number }[]>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE cm.met IS NOT TRUE)::int AS not_met
         FROM agenda_items a
         JOIN threshold_criteria t ON t.item_kind = a.kind
         LEFT JOIN criterion_marks cm ON cm.agenda_item_id = a.id AND cm.criterion_id = t.id
        WHERE a.id = $1 AND (t.active OR cm.met IS NOT NULL)`,
      [itemId],
    );
    return { total: row!.total, notMet: row!.not_met };
  }

  /** Whether the case's request is already on the agenda for that decision, and the position after the last item. */
  async placeFor(
    meetingId: string,
    kind: AgendaItemKind,
    requestId: string | null,
    panelRequestId: string | null,
  ): Promise<{ onAgenda: boolean; nextPosition: number }> {
    const [row] = await this.db.query<{ on_agenda: boolean | null; next_position: number }[]>(
      `SELECT bool_or(status <> 'withdrawn' AND kind = $2 AND (request_id = $3 OR panel_request_id = $4)) AS on_agenda,
            coalesce(max(position), 0) + 1 AS next_position
       FROM agenda_items WHERE meeting_id = $1`,
      [meetingId, kind, requestId, panelRequestId],
    );
    return { onAgenda: !!row!.on_agenda, nextPosition: row!.next_position };
  }

  /** The case and presenter of an item being added, with the panel request it decides on if any. */
  async caseFor(childId: string, panelRequestId: string | null): Promise<CaseOnTheAgenda> {
    const [row] = await this.db.query<(Omit<CaseOnTheAgenda, 'panelRequest'> & PanelRequestColumns)[]>(
      `SELECT c.id AS child_id, c.case_reference, u.id AS presenter_id, u.display_name AS presenter_name, ${PANEL_REQUEST_COLUMNS}
       FROM children c LEFT JOIN users u ON u.id = c.family_link_officer_id LEFT JOIN panel_requests pr ON pr.id = $2
      WHERE c.id = $1`,
      [childId, panelRequestId],
    );
    return {
      child_id: row!.child_id,
      case_reference: row!.case_reference,
      presenter_id: row!.presenter_id,
      presenter_name: row!.presenter_name,
      panelRequest: panelRequestDetails(row!),
    };
  }

  /** One item at the given position; its id. */
  async add(meetingId: string, position: number, item: NewAgendaItem): Promise<string> {
    const [{ id }] = (await this.db.query<{ id: string }[]>(
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id, panel_request_id, advice_request_id, presenter_id, restricted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        meetingId,
        position,
        item.kind,
        item.requestId,
        item.panelRequestId ?? null,
        item.adviceRequestId ?? null,
        item.presenterId ?? null,
        item.restricted ?? false,
      ],
    )) as [{ id: string }];
    return id;
  }

  /**
   * Puts items at the end of a meeting's agenda, in order, and invites their presenters to the meeting.
   * The caller holds the meeting row's lock (or has just created it), so positions cannot collide.
   */
  async append(meetingId: string, items: readonly NewAgendaItem[]): Promise<string[]> {
    const [{ last }] = (await this.db.query<{ last: number }[]>(
      `SELECT coalesce(max(position), 0) AS last FROM agenda_items WHERE meeting_id = $1`,
      [meetingId],
    )) as [{ last: number }];
    const ids: string[] = [];
    for (const [index, item] of items.entries())
      ids.push(await this.add(meetingId, Number(last) + index + 1, item));
    const presenters = [...new Set(items.map((i) => i.presenterId).filter((id): id is string => !!id))];
    if (presenters.length) {
      await this.db.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'presenter' ON CONFLICT DO NOTHING`,
        [meetingId, presenters],
      );
    }
    return ids;
  }
}
