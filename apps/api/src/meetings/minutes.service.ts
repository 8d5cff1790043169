import { Injectable } from '@nestjs/common';
import type { MeetingMinutes, SnapshotItem } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { DelegationRepository } from './delegation/delegation.repository.js';
import { MeetingSnapshotService } from './engine/meeting-snapshot.service.js';
import { MeetingsRepository } from './meetings.repository.js';
import { WrittenProceduresService } from './written-procedures/written-procedures.service.js';

/**
 * The minutes of a meeting, assembled from what was recorded in it. Built on the member's own
 * snapshot, so an unrevealed vote stays hidden here too.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: MeetingSnapshotService,
    private readonly written: WrittenProceduresService,
  ) {}

  async build(user: SessionUser, meetingId: string): Promise<MeetingMinutes> {
    const snapshot = await this.snapshots.build(user, meetingId, []);
    const meetings = new MeetingsRepository(this.dataSource.manager);
    const [times, confirmations, writtenDecisions, noted] = await Promise.all([
      meetings.times(meetingId),
      meetings.confirmationsOf(meetingId),
      this.written.forNoting(user, meetingId),
      new DelegationRepository(this.dataSource.manager).forNoting(meetingId),
    ]);
    const name = (userId: string) =>
      snapshot.members.find((m) => m.userId === userId)?.displayName ?? 'Unknown member';
    const byAttendance = (attendance: string) =>
      snapshot.members.filter((m) => m.attendance === attendance).map((m) => m.displayName);
    return {
      meeting: {
        ...snapshot.meeting,
        startedAt: times.started_at ? new Date(times.started_at).toISOString() : null,
        endedAt: times.ended_at ? new Date(times.ended_at).toISOString() : null,
        startedOnAnotherDayThan: confirmations.scheduledFor,
        itemsNotReached: confirmations.itemsNotReached,
      },
      attendance: {
        present: byAttendance('present'),
        apologies: byAttendance('apologies'),
        absent: byAttendance('absent'),
        expected: byAttendance('expected'),
      },
      declarations: snapshot.agenda
        .filter((item) => !item.forAnotherTeam)
        .flatMap((item) =>
          item.recused.map((r) => ({
            caseReference: item.caseReference,
            member: name(r.userId),
            reason: r.reason,
          })),
        ),
      items: snapshot.agenda.map(shownTo).map((item) => ({
        position: item.position,
        kind: item.kind,
        caseReference: item.caseReference,
        forAnotherTeam: item.forAnotherTeam,
        presenter: item.presenter?.displayName ?? null,
        status: item.status,
        outcome: item.outcome?.outcome ?? null,
        reasons: item.outcome?.reasons ?? null,
        conditions: item.outcome?.conditions ?? null,
        tally: item.tally,
        votes:
          item.votes?.map((v) => ({
            member: name(v.voterId),
            choice: v.choice,
            reason: v.reason,
            proxy: v.proxyCastBy !== null,
          })) ?? null,
        recused: item.recused.map((r) => name(r.userId)),
        inquorateReason: item.inquorateReason,
        deferredReason: item.deferredReason,
        withdrawnReason: item.withdrawnReason,
        criteria: item.criteria.map((c) => ({ text: c.text, met: c.met })),
        votingReopenedReasons: item.votingReopenedReasons,
        corrections: item.corrections,
        criteriaNotMetReason: item.criteriaNotMetReason,
        actions: item.actions,
      })),
      writtenDecisions,
      decidedUnderDelegation: noted.decisions.map((d) => ({
        caseReference: d.caseReference,
        kind: d.kind,
        outcome: d.outcome,
        reasons: d.reasons,
        decidedBy: d.decidedBy.displayName,
        decidedAt: d.decidedAt,
      })),
    };
  }
}

/**
 * An item for another team, as a health team representative's minutes show it: what kind of item and where it
 * stood, without its reasons, votes or corrections, which may say whose case it was.
 */
function shownTo(item: SnapshotItem): SnapshotItem {
  if (!item.forAnotherTeam) return item;
  return {
    ...item,
    outcome: item.outcome ? { outcome: item.outcome.outcome, reasons: '', conditions: null } : null,
    votes: null,
    tally: null,
    recused: [],
    corrections: [],
    criteriaNotMetReason: null,
    inquorateReason: null,
    deferredReason: null,
    withdrawnReason: null,
    votingReopenedReasons: [],
    actions: [],
  };
}
