import type { AdviceKind } from '@convene/domain';
import type { MeetingKind, MeetingMemberRole } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

export interface MeetingSubject {
  title: string;
  kind: MeetingKind;
  starts_at: Date;
  ends_at: Date;
  /** Held in writing: when responses close (null: a sitting in the room). */
  respond_by: Date | null;
  items: number;
  members: { user_id: string; role: MeetingMemberRole }[];
}

export interface ItemSubject {
  kind: string;
  case_reference: string | null;
  family_link_officer_id: string | null;
}

export interface AdviceSubject {
  case_reference: string;
  advice_kind: AdviceKind;
  team_id: string | null;
  team_name: string | null;
}

/**
 * What the notifications about meetings, items and advice need to know: who to tell, and the case references
 * (never the child's name) and titles that go in the words.
 */
/** An action as its notices name it: by case reference only, never by what is to be done (free text). */
export interface ActionSubject {
  case_reference: string | null;
  due_on: string;
  /** The owning team's name; null when a person owns it. */
  team_name: string | null;
  owner_ids: string[];
}

export class NoticeSubjectsRepository {
  constructor(private readonly db: Queryable) {}

  async meeting(meetingId: string): Promise<MeetingSubject | undefined> {
    const [row] = await this.db.query<MeetingSubject[]>(
      `SELECT m.title, m.kind, m.starts_at, m.ends_at, m.respond_by,
              (SELECT count(*)::int FROM agenda_items a WHERE a.meeting_id = m.id AND a.status <> 'withdrawn') AS items,
              COALESCE((SELECT json_agg(json_build_object('user_id', mm.user_id, 'role', mm.role))
                          FROM meeting_members mm WHERE mm.meeting_id = m.id), '[]') AS members
         FROM meetings m WHERE m.id = $1`,
      [meetingId],
    );
    return row;
  }

  /** An agenda item's case, by reference, and that case's Family Link Officer. */
  async item(itemId: string): Promise<ItemSubject | undefined> {
    const [row] = await this.db.query<ItemSubject[]>(
      `SELECT a.kind, c.case_reference, c.family_link_officer_id
         FROM agenda_items a
         LEFT JOIN ehc_requests r ON r.id = a.request_id
         LEFT JOIN panel_requests p ON p.id = a.panel_request_id
         LEFT JOIN children c ON c.id = COALESCE(r.child_id, p.child_id)
        WHERE a.id = $1`,
      [itemId],
    );
    return row;
  }

  async advice(adviceRequestId: string): Promise<AdviceSubject | undefined> {
    const [row] = await this.db.query<AdviceSubject[]>(
      `SELECT c.case_reference, ar.advice_kind, g.id AS team_id, g.name AS team_name
         FROM advice_requests ar
         JOIN ehc_requests r ON r.id = ar.request_id
         JOIN children c ON c.id = r.child_id
         LEFT JOIN agencies g ON g.id = ar.agency_id
        WHERE ar.id = $1`,
      [adviceRequestId],
    );
    return row;
  }

  /** The active users holding `role`, in `agencyId` when given (a health team's representatives). */
  async holdersOf(role: string, agencyId?: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM users WHERE active AND $1 = ANY(roles) AND ($2::uuid IS NULL OR agency_id = $2)`,
      [role, agencyId ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** An action's case and owner: the person, or the team's active members. */
  async action(actionId: string): Promise<ActionSubject | undefined> {
    const [row] = await this.db.query<ActionSubject[]>(
      `SELECT c.case_reference, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, g.name AS team_name,
              CASE WHEN a.owner_user_id IS NOT NULL THEN ARRAY[a.owner_user_id]
                   ELSE ARRAY(SELECT u.id FROM users u WHERE u.active AND u.agency_id = a.owner_agency_id) END AS owner_ids
         FROM actions a LEFT JOIN children c ON c.id = a.child_id LEFT JOIN agencies g ON g.id = a.owner_agency_id
        WHERE a.id = $1`,
      [actionId],
    );
    return row;
  }
}
