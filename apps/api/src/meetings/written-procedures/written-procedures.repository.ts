import type { ChairedGroup, VotingStatus, WrittenProcedureSummary } from '@convene/contracts';
import type { AgendaItemKind, MeetingKind, MeetingMemberRole, MeetingStatus } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** A decision taken in writing, as the next sitting of its kind notes it (before its tally is added). */
export interface WrittenDecisionRow {
  meeting_id: string;
  question: string;
  item_id: string;
  item_kind: AgendaItemKind;
  case_reference: string | null;
  outcome: string;
  reasons: string;
  decided_at: Date;
}

/** The case of an item, as a reader may see it: none on a restricted item for an observer. */
const CASE_REFERENCE = (role: string) =>
  `CASE WHEN a.restricted AND ${role} = 'observer' THEN NULL ELSE c.case_reference END`;
const ITEM_CASE = `LEFT JOIN ehc_requests r ON r.id = a.request_id
           LEFT JOIN panel_requests pr ON pr.id = a.panel_request_id
           LEFT JOIN children c ON c.id = coalesce(r.child_id, pr.child_id)`;

/**
 * Meetings held in writing (`respond_by` set): the groups a person chairs, arranging one for a group's members, the
 * ones a person is asked to respond to, and the decisions taken in writing that the next sitting notes.
 */
export class WrittenProceduresRepository {
  constructor(private readonly db: Queryable) {}

  /** The meeting groups the user chairs, by name. */
  chairedGroups(userId: string): Promise<ChairedGroup[]> {
    return this.db.query(
      `SELECT g.id, g.kind, g.name FROM meeting_groups g
         JOIN meeting_group_members gm ON gm.group_id = g.id AND gm.user_id = $1 AND gm.role = 'chair'
        ORDER BY g.name`,
      [userId],
    );
  }

  /** The group's kind, if the user chairs it; undefined otherwise. */
  async kindOfGroupChairedBy(groupId: string, userId: string): Promise<MeetingKind | undefined> {
    const [row] = await this.db.query<{ kind: MeetingKind }[]>(
      `SELECT g.kind FROM meeting_groups g
         JOIN meeting_group_members gm ON gm.group_id = g.id AND gm.user_id = $2 AND gm.role = 'chair'
        WHERE g.id = $1`,
      [groupId, userId],
    );
    return row?.kind;
  }

  /** A meeting of the group's kind held in writing from now until the deadline, with the group's active members invited; its id. */
  async arrange(groupId: string, kind: MeetingKind, question: string, respondBy: Date): Promise<string> {
    const [meeting] = await this.db.query<{ id: string }[]>(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, respond_by) VALUES ($1, $2, now(), $3, $3) RETURNING id`,
      [kind, question, respondBy],
    );
    await this.db.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role)
       SELECT $1, gm.user_id, gm.role FROM meeting_group_members gm JOIN users u ON u.id = gm.user_id
        WHERE gm.group_id = $2 AND u.active
       ON CONFLICT DO NOTHING`,
      [meeting!.id, groupId],
    );
    return meeting!.id;
  }

  /** The meeting in writing the user's command with this key started, and its item; undefined: none yet. */
  async startedWithKey(
    userId: string,
    idempotencyKey: string,
  ): Promise<{ meetingId: string; itemId: string } | undefined> {
    const [row] = await this.db.query<{ meeting_id: string; item_id: string }[]>(
      `SELECT e.meeting_id, a.id AS item_id FROM meeting_events e
         JOIN agenda_items a ON a.meeting_id = e.meeting_id AND a.position = 1
        WHERE e.actor_id = $1 AND e.idempotency_key = $2`,
      [userId, idempotencyKey],
    );
    return row ? { meetingId: row.meeting_id, itemId: row.item_id } : undefined;
  }

  /** Whether the meeting is held in writing and the user is invited to it. */
  async heldInWritingFor(meetingId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
        WHERE m.id = $1 AND m.respond_by IS NOT NULL`,
      [meetingId, userId],
    );
    return rows.length > 0;
  }

  /** The decisions in writing the user is asked to respond to, or chairs: open ones first, soonest deadline first. */
  async listFor(userId: string): Promise<WrittenProcedureSummary[]> {
    const rows = await this.db.query<
      {
        id: string;
        kind: MeetingKind;
        title: string;
        status: MeetingStatus;
        respond_by: Date;
        role: MeetingMemberRole;
        item_id: string | null;
        item_kind: AgendaItemKind | null;
        case_reference: string | null;
        voting_status: VotingStatus | null;
        you_voted: boolean;
        outcome: string | null;
      }[]
    >(
      `SELECT m.id, m.kind, m.title, m.status, m.respond_by, mm.role, a.id AS item_id, a.kind AS item_kind,
              ${CASE_REFERENCE('mm.role')} AS case_reference, a.voting_status, a.outcome,
              EXISTS (SELECT 1 FROM votes v WHERE v.agenda_item_id = a.id AND v.voter_id = $1) AS you_voted
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $1
         LEFT JOIN agenda_items a ON a.meeting_id = m.id AND a.position = 1
         ${ITEM_CASE}
        WHERE m.respond_by IS NOT NULL
        ORDER BY m.status = 'ended', CASE WHEN m.status = 'ended' THEN NULL ELSE m.respond_by END ASC, m.respond_by DESC
        LIMIT 100`,
      [userId],
    );
    return rows.map((r) => ({
      meetingId: r.id,
      kind: r.kind,
      question: r.title,
      status: r.status,
      respondBy: new Date(r.respond_by).toISOString(),
      yourRole: r.role,
      itemId: r.item_id,
      itemKind: r.item_kind,
      caseReference: r.case_reference,
      votingStatus: r.voting_status,
      youHaveVoted: r.you_voted,
      outcome: r.outcome,
    }));
  }

  /**
   * For an ordinary sitting the user is invited to: the decisions its kind of group took in writing since the sitting
   * before it (from when that one started) until this one started (until now, if it has not), in the order taken.
   * Undefined when the user is not invited to it.
   */
  async forNotingAt(meetingId: string, userId: string): Promise<WrittenDecisionRow[] | undefined> {
    const [sitting] = await this.db.query<{ role: MeetingMemberRole; written: boolean }[]>(
      `SELECT mm.role, m.respond_by IS NOT NULL AS written FROM meetings m
         JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2 WHERE m.id = $1`,
      [meetingId, userId],
    );
    if (!sitting) return undefined;
    if (sitting.written) return [];
    return this.db.query(
      `WITH s AS (SELECT id, kind, starts_at, coalesce(started_at, now()) AS until FROM meetings WHERE id = $1),
            before AS (SELECT max(coalesce(p.started_at, p.starts_at)) AS since FROM meetings p, s
                        WHERE p.kind = s.kind AND p.respond_by IS NULL AND p.id <> s.id AND p.starts_at < s.starts_at)
       SELECT m.id AS meeting_id, m.title AS question, a.id AS item_id, a.kind AS item_kind,
              ${CASE_REFERENCE('$2::text')} AS case_reference, a.outcome, a.outcome_reasons AS reasons, a.decided_at
         FROM s CROSS JOIN before
         JOIN meetings m ON m.kind = s.kind AND m.respond_by IS NOT NULL
         JOIN agenda_items a ON a.meeting_id = m.id AND a.status = 'decided'
         ${ITEM_CASE}
        WHERE a.decided_at > coalesce(before.since, '-infinity') AND a.decided_at <= s.until
        ORDER BY a.decided_at`,
      [meetingId, sitting.role],
    );
  }
}
