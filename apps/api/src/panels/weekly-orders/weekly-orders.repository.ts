import type { WeeklyOrderReasonView } from '@convene/contracts';
import type { MeetingKind, MeetingMemberRole } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** A child who may be on a Weekly Orders agenda: their case reference, locality and Family Link Officer. */
export interface WeeklyOrderChildRow {
  id: string;
  case_reference: string;
  locality_name: string;
  family_link_officer_id: string | null;
}

/** A sitting, with the reader's part in it (null: not invited). */
export interface SittingRow {
  id: string;
  kind: MeetingKind;
  title: string;
  starts_at: Date;
  role: MeetingMemberRole | null;
}

/** A child on a sitting's agenda, as a weekly list shows them. */
export interface ListedItemRow {
  item_id: string;
  child_id: string;
  case_reference: string;
  locality_code: string;
  locality_name: string;
  presenter_id: string | null;
  outcome: string | null;
  outcome_reasons: string | null;
}

const LISTED = `SELECT a.id AS item_id, c.id AS child_id, c.case_reference, l.code AS locality_code, l.name AS locality_name,
                       a.presenter_id, a.outcome, a.outcome_reasons
                  FROM agenda_items a JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id
                  JOIN localities l ON l.id = c.locality_id
                 WHERE a.kind = 'case_actions' AND a.status <> 'withdrawn'`;

/** The Weekly Orders' own records: why each child is on, and its agendas read child by child. */
export class WeeklyOrdersRepository {
  constructor(private readonly db: Queryable) {}

  children(childIds: readonly string[]): Promise<WeeklyOrderChildRow[]> {
    return this.db.query(
      `SELECT c.id, c.case_reference, l.name AS locality_name, c.family_link_officer_id
         FROM children c JOIN localities l ON l.id = c.locality_id WHERE c.id = ANY($1::uuid[])`,
      [childIds],
    );
  }

  /** The child of each of the items. */
  itemChildren(itemIds: readonly string[]): Promise<{ item_id: string; child_id: string }[]> {
    return this.db.query(
      `SELECT a.id AS item_id, r.child_id FROM agenda_items a JOIN ehc_requests r ON r.id = a.request_id
        WHERE a.id = ANY($1::uuid[])`,
      [itemIds],
    );
  }

  /** Keeps each item's reasons, most urgent first, as the agenda was built. */
  async recordReasons(
    items: readonly { itemId: string; reasons: readonly WeeklyOrderReasonView[] }[],
  ): Promise<void> {
    const rows = items.flatMap(({ itemId, reasons }) =>
      reasons.map((r, position) => ({ itemId, position, ...r })),
    );
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO weekly_order_reasons (agenda_item_id, position, reason, milestone, label, regulation, due_on, overdue)
       SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::boolean[])`,
      [
        rows.map((r) => r.itemId),
        rows.map((r) => r.position),
        rows.map((r) => r.reason),
        rows.map((r) => r.milestone),
        rows.map((r) => r.label),
        rows.map((r) => r.regulation),
        rows.map((r) => r.dueOn),
        rows.map((r) => r.overdue),
      ],
    );
  }

  /** The reasons of each of the items, most urgent first. */
  async reasonsOf(itemIds: readonly string[]): Promise<Map<string, WeeklyOrderReasonView[]>> {
    const byItem = new Map<string, WeeklyOrderReasonView[]>();
    if (itemIds.length === 0) return byItem;
    const rows = await this.db.query<(WeeklyOrderReasonView & { agenda_item_id: string; due_on: string })[]>(
      `SELECT agenda_item_id, reason, milestone, label, regulation, to_char(due_on, 'YYYY-MM-DD') AS due_on, overdue
         FROM weekly_order_reasons WHERE agenda_item_id = ANY($1::uuid[]) ORDER BY agenda_item_id, position`,
      [itemIds],
    );
    for (const { agenda_item_id, due_on, reason, milestone, label, regulation, overdue } of rows)
      byItem.set(agenda_item_id, [
        ...(byItem.get(agenda_item_id) ?? []),
        { reason, milestone, label, regulation, dueOn: due_on, overdue },
      ]);
    return byItem;
  }

  async sitting(meetingId: string, userId: string): Promise<SittingRow | undefined> {
    const [row] = await this.db.query<SittingRow[]>(
      `SELECT m.id, m.kind, m.title, m.starts_at, mm.role FROM meetings m
         LEFT JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2 WHERE m.id = $1`,
      [meetingId, userId],
    );
    return row;
  }

  async displayName(userId: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ display_name: string }[]>(
      `SELECT display_name FROM users WHERE id = $1`,
      [userId],
    );
    return row?.display_name;
  }

  async locality(code: string): Promise<{ code: string; name: string } | undefined> {
    const [row] = await this.db.query<{ code: string; name: string }[]>(
      `SELECT code, name FROM localities WHERE code = $1`,
      [code],
    );
    return row;
  }

  /** The officers presenting children on the sitting's agenda, by name. */
  presenters(meetingId: string): Promise<{ id: string; displayName: string }[]> {
    return this.db.query(
      `SELECT DISTINCT u.id, u.display_name AS "displayName" FROM agenda_items a JOIN users u ON u.id = a.presenter_id
        WHERE a.meeting_id = $1 AND a.kind = 'case_actions' ORDER BY u.display_name`,
      [meetingId],
    );
  }

  /** The children on the sitting's agenda presented by the officer, in agenda order. */
  presentedBy(meetingId: string, officerId: string): Promise<ListedItemRow[]> {
    return this.db.query(`${LISTED} AND a.meeting_id = $1 AND a.presenter_id = $2 ORDER BY a.position`, [
      meetingId,
      officerId,
    ]);
  }

  /** The children of a locality on one sitting's agenda and not on another's, in agenda order. */
  notCarriedOver(previousId: string, meetingId: string, localityCode: string): Promise<ListedItemRow[]> {
    return this.db.query(
      `${LISTED} AND a.meeting_id = $1 AND l.code = $3
         AND NOT EXISTS (SELECT 1 FROM agenda_items n JOIN ehc_requests nr ON nr.id = n.request_id
                          WHERE n.meeting_id = $2 AND n.kind = 'case_actions' AND n.status <> 'withdrawn' AND nr.child_id = c.id)
       ORDER BY a.position`,
      [previousId, meetingId, localityCode],
    );
  }
}
