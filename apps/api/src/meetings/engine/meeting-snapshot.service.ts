import { Injectable } from '@nestjs/common';
import type { MeetingSnapshot, RevealedVote, SnapshotItem } from '@convene/contracts';
import { MEETING_RULES, tally, VOTE_CHOICES, type AgendaItemKind, type MeetingKind } from '@convene/domain';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';
import { MeetingError } from './meeting-error.js';
import { PANEL_REQUEST_COLUMNS, panelRequestDetails } from './panel-request-details.js';
import { triageAssignments } from './triage-assignments.js';
import { itemQuality, latestScores, SCORED_KINDS } from './plan-scores.js';
import { jointFundingViews } from './joint-funding-view.js';

/**
 * The room as one member sees it now, read from the database: sent on every join and rejoin, so a
 * late joiner or a reconnecting client sees exactly the current state. Other members' choices are
 * read only for items whose votes the chair has revealed.
 */
@Injectable()
export class MeetingSnapshotService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether the user is invited to the meeting, with the same answer as `build` when not, and whether joining now
   * would mark them present (the meeting in progress, their attendance not yet recorded): one light query.
   */
  async assertMember(user: SessionUser, meetingId: string): Promise<{ arriving: boolean }> {
    const rows: { arriving: boolean }[] = await this.dataSource.query(
      `SELECT m.status = 'in_progress' AND mm.attendance = 'expected' AS arriving
         FROM meeting_members mm JOIN meetings m ON m.id = mm.meeting_id WHERE mm.meeting_id = $1 AND mm.user_id = $2`,
      [meetingId, user.id],
    );
    if (rows.length === 0) throw new MeetingError('meeting_not_found', 'There is no such meeting that you are invited to.');
    return rows[0]!;
  }

  async build(user: SessionUser, meetingId: string, present: string[]): Promise<MeetingSnapshot> {
    const [meeting] = await this.dataSource.query(
      `SELECT m.id, m.kind, m.title, m.status, m.starts_at, m.ends_at, m.theme, m.current_item_id, m.sequence, mm.role,
              (SELECT max(e.at) FROM meeting_events e WHERE e.meeting_id = m.id AND e.type = 'agenda.advanced') AS current_item_since
         FROM meetings m JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
        WHERE m.id = $1`,
      [meetingId, user.id],
    );
    // The same answer whether the meeting does not exist or is not yours: no probing for meetings.
    if (!meeting) throw new MeetingError('meeting_not_found', 'There is no such meeting that you are invited to.');
    const kind = meeting.kind as MeetingKind;

    const [members, items, voters, declarations, yourVotes, revealed, criteria] = await Promise.all([
      this.dataSource.query(
        `SELECT mm.user_id, u.display_name, mm.role, mm.attendance FROM meeting_members mm JOIN users u ON u.id = mm.user_id
          WHERE mm.meeting_id = $1 ORDER BY CASE mm.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 WHEN 'presenter' THEN 2 ELSE 3 END, u.display_name`,
        [meetingId],
      ),
      this.dataSource.query(
        `SELECT a.id, a.position, a.kind, a.status, a.voting_status, a.restricted, a.request_id, a.outcome, a.outcome_reasons,
                a.outcome_conditions, a.inquorate_reason, a.deferred_reason, a.withdrawn_reason, c.id AS child_id, c.case_reference,
                p.id AS presenter_id, p.display_name AS presenter_name, ${PANEL_REQUEST_COLUMNS}
           FROM agenda_items a
           LEFT JOIN ehc_requests r ON r.id = a.request_id
           LEFT JOIN panel_requests pr ON pr.id = a.panel_request_id
           LEFT JOIN children c ON c.id = coalesce(r.child_id, pr.child_id)
           LEFT JOIN users p ON p.id = a.presenter_id
          WHERE a.meeting_id = $1 ORDER BY a.position`,
        [meetingId],
      ),
      this.dataSource.query(`SELECT DISTINCT agenda_item_id, voter_id FROM votes WHERE meeting_id = $1`, [meetingId]),
      this.dataSource.query(`SELECT agenda_item_id, user_id, reason FROM declarations_of_interest WHERE meeting_id = $1 ORDER BY declared_at`, [meetingId]),
      this.dataSource.query(
        `SELECT DISTINCT ON (agenda_item_id) agenda_item_id, choice, reason FROM votes WHERE meeting_id = $1 AND voter_id = $2 ORDER BY agenda_item_id, id DESC`,
        [meetingId, user.id],
      ),
      this.dataSource.query(
        `SELECT DISTINCT ON (v.agenda_item_id, v.voter_id) v.agenda_item_id, v.voter_id, v.choice, v.reason, v.cast_by
           FROM votes v JOIN agenda_items a ON a.id = v.agenda_item_id AND a.voting_status = 'revealed'
          WHERE v.meeting_id = $1 ORDER BY v.agenda_item_id, v.voter_id, v.id DESC`,
        [meetingId],
      ),
      // Each item's criteria: the active ones for its kind, and any retired one already marked for it.
      this.dataSource.query(
        `SELECT a.id AS agenda_item_id, t.id, t.text, cm.met
           FROM agenda_items a
           JOIN threshold_criteria t ON t.item_kind = a.kind
           LEFT JOIN criterion_marks cm ON cm.agenda_item_id = a.id AND cm.criterion_id = t.id
          WHERE a.meeting_id = $1 AND (t.active OR cm.met IS NOT NULL)
          ORDER BY t.position`,
        [meetingId],
      ),
    ]);

    const itemsOf = (kinds: readonly string[]) => items.filter((i: { kind: string }) => kinds.includes(i.kind)).map((i: { id: string }) => i.id);
    const [advice, scores, funding] = await Promise.all([
      triageAssignments(this.dataSource, itemsOf(['advice_triage'])),
      latestScores(this.dataSource, itemsOf(SCORED_KINDS)),
      jointFundingViews(this.dataSource, itemsOf(['joint_funding'])),
    ]);
    const recusedByItem = group(declarations as Declaration[], (d) => d.agenda_item_id);
    const isRecused = (itemId: string, userId: string) => (recusedByItem.get(itemId) ?? []).some((d) => d.user_id === userId);
    const agenda: SnapshotItem[] = items.map((item: Record<string, any>): SnapshotItem => {
      const hidden = item.restricted && meeting.role === 'observer';
      const revealedVotes: RevealedVote[] | null =
        item.voting_status === 'revealed'
          ? revealed
              .filter((v: { agenda_item_id: string; voter_id: string }) => v.agenda_item_id === item.id && !isRecused(item.id, v.voter_id))
              .map((v: Record<string, string>) => ({ voterId: v.voter_id, choice: v.choice, reason: v.reason ?? null, proxyCastBy: v.cast_by === v.voter_id ? null : v.cast_by }))
          : null;
      const mine = yourVotes.find((v: { agenda_item_id: string }) => v.agenda_item_id === item.id);
      return {
        id: item.id,
        position: item.position,
        kind: item.kind,
        status: item.status,
        caseReference: hidden ? null : item.case_reference,
        childId: hidden ? null : item.child_id,
        requestId: hidden ? null : item.request_id,
        panelRequest: hidden ? null : panelRequestDetails(item),
        restricted: item.restricted,
        presenter: item.presenter_id ? { id: item.presenter_id, displayName: item.presenter_name } : null,
        votingStatus: item.voting_status,
        choices: [...VOTE_CHOICES[item.kind as AgendaItemKind]],
        voterIds: voters
          .filter((v: { agenda_item_id: string; voter_id: string }) => v.agenda_item_id === item.id && !isRecused(item.id, v.voter_id))
          .map((v: { voter_id: string }) => v.voter_id)
          .sort(),
        recused: (recusedByItem.get(item.id) ?? []).map((d) => ({ userId: d.user_id, reason: d.reason })),
        yourVote: mine ? { choice: mine.choice, reason: mine.reason } : null,
        votes: revealedVotes,
        tally: revealedVotes ? tally(revealedVotes) : null,
        outcome: item.outcome ? { outcome: item.outcome, reasons: item.outcome_reasons, conditions: item.outcome_conditions } : null,
        inquorateReason: item.inquorate_reason,
        deferredReason: item.deferred_reason,
        withdrawnReason: item.withdrawn_reason,
        quality: SCORED_KINDS.includes(item.kind) ? itemQuality(scores.get(item.id), item.voting_status === 'revealed', user.id) : null,
        jointFunding: funding.get(item.id) ?? null,
        advice: item.kind === 'advice_triage' ? (hidden ? [] : (advice.get(item.id) ?? [])) : null,
        criteria: criteria
          .filter((c: { agenda_item_id: string }) => c.agenda_item_id === item.id)
          .map((c: { id: string; text: string; met: boolean | null }) => ({ id: c.id, text: c.text, met: c.met })),
      };
    });

    return {
      meeting: {
        id: meeting.id,
        kind,
        title: meeting.title,
        status: meeting.status,
        startsAt: new Date(meeting.starts_at).toISOString(),
        endsAt: new Date(meeting.ends_at).toISOString(),
        theme: meeting.theme,
        currentItemId: meeting.current_item_id,
        currentItemSince: meeting.current_item_id && meeting.current_item_since ? new Date(meeting.current_item_since).toISOString() : null,
        sequence: Number(meeting.sequence),
        quorum: MEETING_RULES[kind].quorum,
        reasonRequired: MEETING_RULES[kind].reasonRequired,
      },
      you: { userId: user.id, role: meeting.role },
      members: members.map((m: Record<string, string>) => ({ userId: m.user_id, displayName: m.display_name, role: m.role, attendance: m.attendance })),
      present,
      agenda,
    };
  }
}

interface Declaration {
  agenda_item_id: string;
  user_id: string;
  reason: string;
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
