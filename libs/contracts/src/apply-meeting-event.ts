import { isDisagreement } from '@convene/domain';
import type {
  MeetingEvent,
  MeetingEventPayloads,
  MeetingSnapshot,
  SnapshotItem,
} from './meeting-protocol.js';

export type ApplyResult =
  { kind: 'applied'; snapshot: MeetingSnapshot } | { kind: 'stale' } | { kind: 'gap' };

/**
 * Brings a client's copy of the room up to date with one event, following the sequence rules:
 * an old event is ignored, a missing one means "ask for a fresh snapshot". Pure: the web client,
 * a bot or a test all apply events the same way.
 */
export function applyMeetingEvent(snapshot: MeetingSnapshot, event: MeetingEvent): ApplyResult {
  if (event.meetingId !== snapshot.meeting.id || event.sequence <= snapshot.meeting.sequence)
    return { kind: 'stale' };
  if (event.sequence !== snapshot.meeting.sequence + 1) return { kind: 'gap' };
  // A snapshot is plain JSON, so a JSON round trip is a faithful deep copy.
  const next = JSON.parse(JSON.stringify(snapshot)) as MeetingSnapshot;
  next.meeting.sequence = event.sequence;
  apply(next, event);
  return { kind: 'applied', snapshot: next };
}

function apply(room: MeetingSnapshot, event: MeetingEvent): void {
  const item = (id: string): SnapshotItem | undefined => room.agenda.find((i) => i.id === id);
  switch (event.type) {
    case 'meeting.started':
      room.meeting.status = 'in_progress';
      for (const member of room.members)
        if (member.attendance === 'expected' && room.present.includes(member.userId))
          member.attendance = 'present';
      return;
    case 'meeting.ended':
      room.meeting.status = 'ended';
      room.hands = [];
      room.meeting.currentItemId = null;
      room.meeting.currentItemSince = null;
      return;
    case 'attendance.marked': {
      const p = event.payload as MeetingEventPayloads['attendance.marked'];
      const member = room.members.find((m) => m.userId === p.userId);
      if (member) member.attendance = p.attendance;
      return;
    }
    case 'member.invited': {
      const p = event.payload as MeetingEventPayloads['member.invited'];
      if (!room.members.some((m) => m.userId === p.member.userId)) room.members.push(p.member);
      return;
    }
    case 'agenda.reordered': {
      const p = event.payload as MeetingEventPayloads['agenda.reordered'];
      room.agenda.sort((a, b) => p.itemIds.indexOf(a.id) - p.itemIds.indexOf(b.id));
      room.agenda.forEach((i, index) => (i.position = index + 1));
      return;
    }
    case 'funding.proposed': {
      const p = event.payload as MeetingEventPayloads['funding.proposed'];
      const target = item(p.itemId);
      if (target) target.jointFunding = p.jointFunding;
      return;
    }
    case 'funding.answered': {
      const p = event.payload as MeetingEventPayloads['funding.answered'];
      const share = item(p.itemId)?.jointFunding?.shares.find((s) => s.party === p.party);
      if (share) {
        share.answer = p.answer;
        share.reason = p.reason;
      }
      return;
    }
    case 'advice.changed':
      // Nothing to apply: the representative's fresh snapshot brings what they may see.
      return;
    case 'advice.triaged': {
      const p = event.payload as MeetingEventPayloads['advice.triaged'];
      const target = item(p.itemId);
      if (target) {
        target.advice = p.assignments;
        target.status = 'decided';
      }
      return;
    }
    case 'advice.responded': {
      const p = event.payload as MeetingEventPayloads['advice.responded'];
      const assignment = item(p.itemId)?.advice?.find((a) => a.adviceRequestId === p.adviceRequestId);
      if (assignment) {
        assignment.teamResponse = p.teamResponse;
        assignment.teamResponseReason = p.reason;
      }
      return;
    }
    case 'advice.reassigned': {
      const p = event.payload as MeetingEventPayloads['advice.reassigned'];
      const target = item(p.itemId);
      if (target?.advice)
        target.advice = target.advice.map((a) =>
          a.adviceRequestId === p.assignment.adviceRequestId ? p.assignment : a,
        );
      return;
    }
    case 'agenda.item_added': {
      const p = event.payload as MeetingEventPayloads['agenda.item_added'];
      if (!item(p.item.id)) room.agenda.push(p.item);
      room.agenda.sort((a, b) => a.position - b.position);
      return;
    }
    case 'agenda.item_withdrawn': {
      const p = event.payload as MeetingEventPayloads['agenda.item_withdrawn'];
      const target = item(p.itemId);
      if (target) {
        target.status = 'withdrawn';
        target.withdrawnReason = p.reason;
      }
      if (room.meeting.currentItemId === p.itemId) {
        room.meeting.currentItemId = null;
        room.meeting.currentItemSince = null;
      }
      return;
    }
    case 'agenda.advanced': {
      const p = event.payload as MeetingEventPayloads['agenda.advanced'];
      room.meeting.currentItemId = p.itemId;
      room.meeting.currentItemSince = event.at;
      const target = item(p.itemId);
      if (target?.status === 'pending') target.status = 'in_discussion';
      return;
    }
    case 'interest.declared': {
      const p = event.payload as MeetingEventPayloads['interest.declared'];
      const target = item(p.itemId);
      if (!target) return;
      target.recused.push({ userId: p.userId, reason: p.reason });
      target.voterIds = target.voterIds.filter((id) => id !== p.userId);
      return;
    }
    case 'voting.opened': {
      const target = item((event.payload as MeetingEventPayloads['voting.opened']).itemId);
      if (target) target.votingStatus = 'open';
      return;
    }
    case 'vote.cast': {
      const p = event.payload as MeetingEventPayloads['vote.cast'];
      const target = item(p.itemId);
      if (target && !target.voterIds.includes(p.voterId))
        target.voterIds = [...target.voterIds, p.voterId].sort();
      return;
    }
    case 'voting.closed': {
      const p = event.payload as MeetingEventPayloads['voting.closed'];
      const target = item(p.itemId);
      if (!target) return;
      target.votingStatus = 'closed';
      target.inquorateReason = p.inquorateReason;
      return;
    }
    case 'votes.revealed': {
      const p = event.payload as MeetingEventPayloads['votes.revealed'];
      const target = item(p.itemId);
      if (!target) return;
      target.votingStatus = 'revealed';
      target.votes = p.votes;
      target.tally = p.tally;
      if (target.quality && p.scores) {
        target.quality.scores = p.scores;
        target.quality.disagreement = isDisagreement(p.scores.map((s) => s.grade));
      }
      return;
    }
    case 'voting.reopened': {
      const p = event.payload as MeetingEventPayloads['voting.reopened'];
      const target = item(p.itemId);
      if (!target) return;
      // Choices go back behind the reveal: those cast stand, and may change, until the next one.
      target.votingStatus = 'open';
      target.votes = null;
      target.tally = null;
      target.inquorateReason = null;
      if (target.quality) target.quality = { ...target.quality, scores: null, disagreement: null };
      target.votingReopenedReasons = [...target.votingReopenedReasons, p.reason];
      return;
    }
    case 'hand.raised': {
      const p = event.payload as MeetingEventPayloads['hand.raised'];
      if (!room.hands.some((h) => h.userId === p.userId))
        room.hands.push({ userId: p.userId, raisedAt: p.raisedAt });
      return;
    }
    case 'hand.lowered': {
      const p = event.payload as MeetingEventPayloads['hand.lowered'];
      room.hands = room.hands.filter((h) => h.userId !== p.userId);
      return;
    }
    case 'item.allowance_set': {
      const p = event.payload as MeetingEventPayloads['item.allowance_set'];
      const target = item(p.itemId);
      if (target) target.allowanceMinutes = p.minutes;
      return;
    }
    case 'outcome.recorded': {
      const p = event.payload as MeetingEventPayloads['outcome.recorded'];
      const target = item(p.itemId);
      if (!target) return;
      target.status = 'decided';
      target.outcome = { outcome: p.outcome, reasons: p.reasons, conditions: p.conditions };
      target.criteriaNotMetReason = p.criteriaNotMetReason ?? null;
      return;
    }
    case 'outcome.corrected': {
      const p = event.payload as MeetingEventPayloads['outcome.corrected'];
      const target = item(p.itemId);
      if (target) target.corrections = [...target.corrections, p.correction];
      return;
    }
    case 'action.added': {
      const p = event.payload as MeetingEventPayloads['action.added'];
      const target = item(p.itemId);
      if (target && !target.actions.some((a) => a.id === p.action.id))
        target.actions = [...target.actions, p.action];
      return;
    }
    case 'criteria.marked': {
      const p = event.payload as MeetingEventPayloads['criteria.marked'];
      const criterion = item(p.itemId)?.criteria.find((c) => c.id === p.criterionId);
      if (criterion) criterion.met = p.met;
      return;
    }
    case 'item.deferred': {
      const p = event.payload as MeetingEventPayloads['item.deferred'];
      const target = item(p.itemId);
      if (!target) return;
      target.status = 'deferred';
      target.deferredReason = p.reason;
      return;
    }
  }
}
