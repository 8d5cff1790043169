import { Injectable } from '@nestjs/common';
import type { MeetingSnapshot, RevealedVote, SnapshotItem } from '@convene/contracts';
import {
  DEFAULT_ITEM_ALLOWANCE_MINUTES,
  GATEWAY_TEAM_REP_ROLES,
  isGatewayMeeting,
  MEETING_RULES,
  tally,
  VOTE_CHOICES,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { seesWholeCaseload } from '../../cases/case-access.service.js';
import { hasRole, type SessionUser } from '../../identity/session-user.js';
import { AdviceRequestsRepository } from '../../cases/advice-requests.repository.js';
import { MeetingEngineRegistry } from './meeting-engine-registry.js';
import { MeetingError } from './meeting-error.js';
import { AgendaItemsRepository, panelRequestDetails } from '../agenda-items.repository.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { RaisedHandsRepository } from '../raised-hands.repository.js';
import { DecisionCorrectionsRepository } from '../decision-corrections.repository.js';
import { itemAction } from '../../actions/action-view.js';
import { ActionsRepository } from '../../actions/actions.repository.js';
import { VotesRepository } from '../votes.repository.js';

/**
 * Whether the user sees, of a gateway's items, only those triaged to their team: a team representative (health,
 * social care…) who does not otherwise see every case. Their sockets get the gateways' advice events stripped.
 */
export const seesOnlyTheirTeamsItems = (user: SessionUser): boolean =>
  hasRole(user, ...GATEWAY_TEAM_REP_ROLES) && !seesWholeCaseload(user.roles);

/**
 * The room as one member sees it now, read from the database: sent on every join and rejoin, so a
 * late joiner or a reconnecting client sees exactly the current state. Other members' choices are
 * read only for items whose votes the chair has revealed.
 */
@Injectable()
export class MeetingSnapshotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: MeetingEngineRegistry,
  ) {}

  /**
   * Whether the user is invited to the meeting, with the same answer as `build` when not, and whether joining now
   * would mark them present (the meeting in progress, their attendance not yet recorded): one light query.
   */
  async assertMember(user: SessionUser, meetingId: string): Promise<{ arriving: boolean }> {
    const found = await new MeetingsRepository(this.dataSource.manager).arrivingOf(meetingId, user.id);
    if (!found)
      throw new MeetingError('meeting_not_found', 'There is no such meeting that you are invited to.');
    return found;
  }

  async build(user: SessionUser, meetingId: string, present: string[]): Promise<MeetingSnapshot> {
    const db = this.dataSource.manager;
    const meetings = new MeetingsRepository(db);
    const agendaItems = new AgendaItemsRepository(db);
    const votes = new VotesRepository(db);
    const meeting = await meetings.forMember(meetingId, user.id);
    // The same answer whether the meeting does not exist or is not yours: no probing for meetings.
    if (!meeting)
      throw new MeetingError('meeting_not_found', 'There is no such meeting that you are invited to.');
    const kind = meeting.kind;

    const [members, items, voters, declarations, yourVotes, revealed, criteria, hands, corrections, actions] =
      await Promise.all([
        meetings.members(meetingId),
        agendaItems.inMeeting(meetingId),
        votes.votersOf(meetingId),
        votes.declarationsIn(meetingId),
        votes.latestOf(meetingId, user.id),
        votes.revealedIn(meetingId),
        agendaItems.criteriaIn(meetingId),
        new RaisedHandsRepository(db).inMeeting(meetingId),
        new DecisionCorrectionsRepository(db).inMeeting(meetingId),
        new ActionsRepository(db).inMeeting(meetingId),
      ]);

    // Each panel's part of the items (scores, joint funding, advice), as the panels registered it with the engine;
    // and, for a team representative in a gateway, which items are their team's.
    const teamOnly = isGatewayMeeting(kind) && seesOnlyTheirTeamsItems(user);
    const [panelParts, teamItems] = await Promise.all([
      this.engine.snapshotOf(db, items, { userId: user.id, role: meeting.role }),
      teamOnly ? new AdviceRequestsRepository(db).itemsOfTeam(meetingId, user.agencyId) : null,
    ]);
    const recusedByItem = group(declarations, (d) => d.agenda_item_id);
    const agenda: SnapshotItem[] = items.map((item): SnapshotItem => {
      // A team representative sees the case of a gateway item only once it is triaged to their team.
      const forAnotherTeam = teamItems !== null && !teamItems.has(item.id);
      const hidden = (item.restricted && meeting.role === 'observer') || forAnotherTeam;
      // Current votes only (VotesRepository): recused members' are never among them.
      const revealedVotes: RevealedVote[] | null =
        item.voting_status === 'revealed'
          ? revealed.filter((v) => v.itemId === item.id).map(({ itemId: _, ...vote }) => vote)
          : null;
      const mine = yourVotes.find((v) => v.agenda_item_id === item.id);
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
        forAnotherTeam,
        presenter: item.presenter_id ? { id: item.presenter_id, displayName: item.presenter_name } : null,
        votingStatus: item.voting_status,
        choices: [...VOTE_CHOICES[item.kind]],
        voterIds: voters
          .filter((v) => v.agenda_item_id === item.id)
          .map((v) => v.voter_id)
          .sort(),
        recused: (recusedByItem.get(item.id) ?? []).map((d) => ({ userId: d.user_id, reason: d.reason })),
        yourVote: mine ? { choice: mine.choice, reason: mine.reason } : null,
        votes: revealedVotes,
        tally: revealedVotes ? tally(revealedVotes) : null,
        outcome: item.outcome
          ? { outcome: item.outcome, reasons: item.outcome_reasons, conditions: item.outcome_conditions }
          : null,
        corrections: corrections
          .filter((c) => c.agenda_item_id === item.id)
          .map((c) => ({
            reasons: c.reasons,
            conditions: c.conditions,
            correctionReason: c.correction_reason,
            correctedAt: new Date(c.corrected_at).toISOString(),
            correctedBy: c.corrected_by_name,
          })),
        criteriaNotMetReason: item.criteria_not_met_reason,
        inquorateReason: item.inquorate_reason,
        deferredReason: item.deferred_reason,
        withdrawnReason: item.withdrawn_reason,
        ...panelParts(item, hidden),
        criteria: criteria
          .filter((c) => c.agenda_item_id === item.id)
          .map((c) => ({ id: c.id, text: c.text, met: c.met })),
        allowanceMinutes: item.allowance_minutes ?? DEFAULT_ITEM_ALLOWANCE_MINUTES[item.kind],
        votingReopenedReasons: item.voting_reopened_reasons,
        actions: forAnotherTeam ? [] : actions.filter((a) => a.agenda_item_id === item.id).map(itemAction),
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
        currentItemSince:
          meeting.current_item_id && meeting.current_item_since
            ? new Date(meeting.current_item_since).toISOString()
            : null,
        sequence: Number(meeting.sequence),
        quorum: MEETING_RULES[kind].quorum,
        reasonRequired: MEETING_RULES[kind].reasonRequired,
        respondBy: meeting.respond_by ? new Date(meeting.respond_by).toISOString() : null,
      },
      hands: hands.map((h) => ({ userId: h.user_id, raisedAt: new Date(h.raised_at).toISOString() })),
      you: { userId: user.id, role: meeting.role },
      members: members.map((m) => ({
        userId: m.user_id,
        displayName: m.display_name,
        role: m.role,
        attendance: m.attendance,
      })),
      present,
      agenda,
    };
  }
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
