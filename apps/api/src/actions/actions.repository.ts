import type { ActionOwnersView } from '@convene/contracts';
import type { ActionOrigin, ActionStatus, AdviceKind } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** An action with the names a reader needs: its owner's, the case's reference, the meeting's title, who wrote and closed it. */
export interface ActionRow {
  id: string;
  what: string;
  owner_user_id: string | null;
  owner_agency_id: string | null;
  owner_name: string;
  due_on: string;
  status: ActionStatus;
  origin: ActionOrigin;
  child_id: string | null;
  case_reference: string | null;
  meeting_id: string | null;
  meeting_title: string | null;
  agenda_item_id: string | null;
  advice_request_id: string | null;
  dip_sample_id: string | null;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  closing_note: string | null;
  closed_by: string | null;
  closed_by_name: string | null;
  closed_at: Date | null;
}

export interface NewAction {
  what: string;
  ownerUserId: string | null;
  ownerAgencyId: string | null;
  dueOn: string;
  origin: ActionOrigin;
  childId: string | null;
  meetingId?: string | null;
  agendaItemId?: string | null;
  adviceRequestId?: string | null;
  dipSampleId?: string | null;
  disagreementId?: string | null;
  createdBy: string;
}

const VIEW = `SELECT a.id, a.what, a.owner_user_id, a.owner_agency_id, coalesce(owner.display_name, team.name) AS owner_name,
                     to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.status, a.origin, a.child_id, c.case_reference,
                     a.meeting_id, m.title AS meeting_title, a.agenda_item_id, a.advice_request_id, a.dip_sample_id,
                     a.created_by, author.display_name AS created_by_name, a.created_at,
                     a.closing_note, a.closed_by, closer.display_name AS closed_by_name, a.closed_at
                FROM actions a
                LEFT JOIN users owner ON owner.id = a.owner_user_id
                LEFT JOIN agencies team ON team.id = a.owner_agency_id
                LEFT JOIN children c ON c.id = a.child_id
                LEFT JOIN meetings m ON m.id = a.meeting_id
                JOIN users author ON author.id = a.created_by
                LEFT JOIN users closer ON closer.id = a.closed_by`;

/** Open first, the most overdue first; then closed ones, the latest due first. */
const BY_URGENCY = `ORDER BY a.status <> 'open', CASE WHEN a.status = 'open' THEN a.due_on END, a.due_on DESC, a.created_at`;

/** Actions: written with their origin, closed once, listed for their owner, their team, their case or their meeting. */
export class ActionsRepository {
  constructor(private readonly db: Queryable) {}

  async add(action: NewAction): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO actions (what, owner_user_id, owner_agency_id, due_on, origin, child_id, meeting_id, agenda_item_id,
                            advice_request_id, dip_sample_id, disagreement_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        action.what,
        action.ownerUserId,
        action.ownerAgencyId,
        action.dueOn,
        action.origin,
        action.childId,
        action.meetingId ?? null,
        action.agendaItemId ?? null,
        action.adviceRequestId ?? null,
        action.dipSampleId ?? null,
        action.disagreementId ?? null,
        action.createdBy,
      ],
    );
    return row!.id;
  }

  async find(actionId: string): Promise<ActionRow | null> {
    const [row] = await this.db.query<ActionRow[]>(`${VIEW} WHERE a.id = $1`, [actionId]);
    return row ?? null;
  }

  /** The action locked while it is closed, so two people closing it at once cannot both succeed. */
  async lock(actionId: string): Promise<ActionRow | null> {
    await this.db.query(`SELECT 1 FROM actions WHERE id = $1 FOR UPDATE`, [actionId]);
    return this.find(actionId);
  }

  async close(actionId: string, status: 'done' | 'cancelled', note: string, closedBy: string): Promise<void> {
    await this.db.query(
      `UPDATE actions SET status = $2, closing_note = $3, closed_by = $4, closed_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'open'`,
      [actionId, status, note, closedBy],
    );
  }

  /** The child an agenda item is about (through its request), if any. */
  async childOfItem(itemId: string): Promise<string | null> {
    const [row] = await this.db.query<{ child_id: string | null }[]>(
      `SELECT r.child_id FROM agenda_items i LEFT JOIN ehc_requests r ON r.id = i.request_id WHERE i.id = $1`,
      [itemId],
    );
    return row?.child_id ?? null;
  }

  /** The child an advice request is for; null: no such advice request. */
  async childOfAdvice(adviceKind: AdviceKind, adviceId: string): Promise<string | null> {
    const [row] = await this.db.query<{ child_id: string }[]>(
      `SELECT r.child_id FROM advice_requests a JOIN ehc_requests r ON r.id = a.request_id WHERE a.id = $1 AND a.advice_kind = $2`,
      [adviceId, adviceKind],
    );
    return row?.child_id ?? null;
  }

  /** A plan in a dip sample: its child and whether its moderated grade is recorded; null: not in that sample. */
  async sampledPlan(
    sampleId: string,
    requestId: string,
  ): Promise<{ child_id: string; moderated: boolean } | null> {
    const [row] = await this.db.query<{ child_id: string; moderated: boolean }[]>(
      `SELECT r.child_id, m.sample_id IS NOT NULL AS moderated
         FROM dip_sample_plans p JOIN ehc_requests r ON r.id = p.request_id
         LEFT JOIN dip_sample_moderations m ON m.sample_id = p.sample_id AND m.request_id = p.request_id
        WHERE p.sample_id = $1 AND p.request_id = $2`,
      [sampleId, requestId],
    );
    return row ?? null;
  }

  /** The actions agreed at a meeting, in the order they were agreed: for its snapshot and minutes. */
  inMeeting(meetingId: string): Promise<ActionRow[]> {
    return this.db.query(`${VIEW} WHERE a.meeting_id = $1 ORDER BY a.created_at, a.id`, [meetingId]);
  }

  /**
   * The previous sitting of a meeting's group: the latest meeting of the same kind, not cancelled, that started
   * before it. Meetings belong to their group through their kind (a group's sittings are the meetings of its kind).
   */
  async previousOfGroup(meetingId: string): Promise<{ id: string; title: string; starts_at: Date } | null> {
    const [row] = await this.db.query<{ id: string; title: string; starts_at: Date }[]>(
      `SELECT p.id, p.title, p.starts_at FROM meetings m
         JOIN meetings p ON p.kind = m.kind AND p.starts_at < m.starts_at AND p.status <> 'cancelled'
        WHERE m.id = $1 ORDER BY p.starts_at DESC LIMIT 1`,
      [meetingId],
    );
    return row ?? null;
  }

  /** A meeting's actions for the next sitting to go through: open first, the most overdue first, then closed ones. */
  agreedAt(meetingId: string): Promise<ActionRow[]> {
    return this.db.query(`${VIEW} WHERE a.meeting_id = $1 ${BY_URGENCY} LIMIT 500`, [meetingId]);
  }

  /** Whether someone chairs a meeting of the same kind as this one: the chair of a later sitting of its group. */
  async chairsGroupOf(meetingId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM meetings m JOIN meetings s ON s.kind = m.kind
         JOIN meeting_members mm ON mm.meeting_id = s.id AND mm.user_id = $2 AND mm.role = 'chair'
        WHERE m.id = $1 LIMIT 1`,
      [meetingId, userId],
    );
    return rows.length > 0;
  }

  /** A person's own actions: open ones, and those closed in the last 30 days. */
  ownedBy(userId: string): Promise<ActionRow[]> {
    return this.db.query(
      `${VIEW} WHERE a.owner_user_id = $1 AND (a.status = 'open' OR a.closed_at > now() - interval '30 days') ${BY_URGENCY} LIMIT 500`,
      [userId],
    );
  }

  /** A team's actions: open ones, and those closed in the last 30 days. */
  ownedByTeam(agencyId: string): Promise<ActionRow[]> {
    return this.db.query(
      `${VIEW} WHERE a.owner_agency_id = $1 AND (a.status = 'open' OR a.closed_at > now() - interval '30 days') ${BY_URGENCY} LIMIT 500`,
      [agencyId],
    );
  }

  /**
   * Actions on the children of a locality done or cancelled since a sitting: closed after it began, or agreed at it
   * and closed by now. The latest closed first.
   */
  closedSinceInLocality(
    sitting: { id: string; starts_at: Date },
    localityCode: string,
  ): Promise<ActionRow[]> {
    return this.db.query(
      `${VIEW} WHERE a.status <> 'open' AND (a.closed_at >= $1 OR a.meeting_id = $2)
          AND c.locality_id = (SELECT id FROM localities WHERE code = $3) ORDER BY a.closed_at DESC LIMIT 500`,
      [sitting.starts_at, sitting.id, localityCode],
    );
  }

  /**
   * Open actions past their due day, by the team answerable for them: the owning team, or the team (agency) of the
   * person who owns it. Most overdue first.
   */
  overdueByTeam(today: string): Promise<{ agency_id: string; team: string; overdue: number }[]> {
    return this.db.query(
      `SELECT g.id AS agency_id, g.name AS team, count(*)::int AS overdue
         FROM actions a LEFT JOIN users u ON u.id = a.owner_user_id
         JOIN agencies g ON g.id = coalesce(a.owner_agency_id, u.agency_id)
        WHERE a.status = 'open' AND a.due_on < $1
        GROUP BY g.id, g.name ORDER BY overdue DESC, g.name`,
      [today],
    );
  }

  /** The actions one team's overdue count is made of, as `overdueByTeam` counts them, the longest overdue first. */
  overdueOfTeam(agencyId: string, today: string): Promise<ActionRow[]> {
    return this.db.query(
      `${VIEW} WHERE a.status = 'open' AND a.due_on < $2 AND coalesce(a.owner_agency_id, owner.agency_id) = $1
        ORDER BY a.due_on, a.created_at LIMIT 500`,
      [agencyId, today],
    );
  }

  ofChild(childId: string): Promise<ActionRow[]> {
    return this.db.query(`${VIEW} WHERE a.child_id = $1 ${BY_URGENCY} LIMIT 500`, [childId]);
  }

  async isActiveUser(userId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1 AND active`, [userId]);
    return rows.length > 0;
  }

  async isAgency(agencyId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM agencies WHERE id = $1 AND retired_at IS NULL`,
      [agencyId],
    );
    return rows.length > 0;
  }

  /** Who an action may be given to: every active person, with their team, and every team not retired. */
  async owners(): Promise<ActionOwnersView> {
    const people = await this.db.query<ActionOwnersView['people']>(
      `SELECT u.id, u.display_name AS "displayName", g.name AS "teamName" FROM users u JOIN agencies g ON g.id = u.agency_id
        WHERE u.active ORDER BY u.display_name LIMIT 2000`,
    );
    const teams = await this.db.query<ActionOwnersView['teams']>(
      `SELECT id, name FROM agencies WHERE retired_at IS NULL ORDER BY name LIMIT 500`,
    );
    return { people, teams };
  }
}
