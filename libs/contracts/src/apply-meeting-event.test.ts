import { describe, expect, it } from 'vitest';
import { applyMeetingEvent } from './apply-meeting-event.js';
import type { MeetingEvent, MeetingSnapshot } from './meeting-protocol.js';

const room = (): MeetingSnapshot => ({
  meeting: {
    id: 'm',
    kind: 'dmg',
    title: 'DMG',
    status: 'in_progress',
    startsAt: '',
    endsAt: '',
    theme: null,
    currentItemId: null,
    currentItemSince: null,
    sequence: 4,
    quorum: 3,
    reasonRequired: true,
    respondBy: null,
  },
  hands: [],
  you: { userId: 'u1', role: 'member' },
  members: [{ userId: 'u1', displayName: 'A', role: 'member', attendance: 'present' }],
  present: ['u1'],
  agenda: [
    {
      id: 'i1',
      position: 1,
      kind: 'decision_to_assess',
      status: 'pending',
      caseReference: 'EHC-26-0001',
      childId: 'c',
      requestId: 'r',
      panelRequest: null,
      restricted: false,
      forAnotherTeam: false,
      presenter: null,
      votingStatus: 'open',
      choices: ['agree', 'refuse', 'defer'],
      voterIds: [],
      recused: [],
      yourVote: null,
      votes: null,
      tally: null,
      outcome: null,
      inquorateReason: null,
      deferredReason: null,
      withdrawnReason: null,
      advice: null,
      weeklyOrders: null,
      quality: null,
      jointFunding: null,
      criteria: [{ id: 'k1', text: 'Two APDR cycles', met: null }],
      allowanceMinutes: 10,
      votingReopenedReasons: [],
      corrections: [],
      criteriaNotMetReason: null,
      actions: [],
    },
  ],
});
const event = (sequence: number, type: MeetingEvent['type'], payload: object): MeetingEvent => ({
  meetingId: 'm',
  sequence,
  type,
  payload: payload as never,
  at: '',
  actorId: null,
});

describe('applying meeting events to a client copy of the room', () => {
  it('adds a voter when the next event says someone voted, without learning the choice', () => {
    const result = applyMeetingEvent(
      room(),
      event(5, 'vote.cast', { itemId: 'i1', voterId: 'u2', votedCount: 1, proxy: false }),
    );
    expect(result.kind).toBe('applied');
    if (result.kind !== 'applied') return;
    expect(result.snapshot.agenda[0]!.voterIds).toEqual(['u2']);
    expect(result.snapshot.meeting.sequence).toBe(5);
  });

  it('asks for a fresh snapshot when an event is missing', () => {
    expect(applyMeetingEvent(room(), event(7, 'voting.opened', { itemId: 'i1' }))).toEqual({ kind: 'gap' });
  });

  it('adds an item at the end of the agenda, and marks a withdrawn item and leaves it', () => {
    const added = {
      ...room().agenda[0]!,
      id: 'i2',
      position: 2,
      caseReference: 'EHC-26-0002',
      votingStatus: 'not_open' as const,
    };
    let result = applyMeetingEvent(
      { ...room(), meeting: { ...room().meeting, currentItemId: 'i1' } },
      event(5, 'agenda.item_added', { item: added }),
    );
    if (result.kind !== 'applied') throw new Error(result.kind);
    expect(result.snapshot.agenda.map((i) => i.caseReference)).toEqual(['EHC-26-0001', 'EHC-26-0002']);
    result = applyMeetingEvent(
      result.snapshot,
      event(6, 'agenda.item_withdrawn', { itemId: 'i1', reason: 'Parents withdrew the request' }),
    );
    if (result.kind !== 'applied') throw new Error(result.kind);
    expect(result.snapshot.agenda[0]).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'Parents withdrew the request',
    });
    expect(result.snapshot.meeting.currentItemId).toBeNull();
  });

  it('adds someone invited during the meeting to its members, expected until they join, once', () => {
    const member = {
      userId: 'u9',
      displayName: 'Late EP',
      role: 'member' as const,
      attendance: 'expected' as const,
    };
    let result = applyMeetingEvent(room(), event(5, 'member.invited', { member }));
    if (result.kind !== 'applied') throw new Error(result.kind);
    result = applyMeetingEvent(result.snapshot, event(6, 'member.invited', { member }));
    if (result.kind !== 'applied') throw new Error(result.kind);
    expect(result.snapshot.members.map((m) => [m.userId, m.attendance])).toEqual([
      ['u1', 'present'],
      ['u9', 'expected'],
    ]);
  });

  it('lists an action agreed on an item under it, once, in the order agreed', () => {
    const action = (id: string, what: string) => ({
      id,
      what,
      owner: 'Principal EP',
      ownerKind: 'person' as const,
      dueOn: '2026-12-14',
      addedBy: 'Chair',
    });
    let result = applyMeetingEvent(
      room(),
      event(5, 'action.added', { itemId: 'i1', action: action('a1', 'See the child') }),
    );
    if (result.kind !== 'applied') throw new Error(result.kind);
    result = applyMeetingEvent(
      result.snapshot,
      event(6, 'action.added', { itemId: 'i1', action: action('a2', 'Ask the school') }),
    );
    if (result.kind !== 'applied') throw new Error(result.kind);
    result = applyMeetingEvent(
      result.snapshot,
      event(7, 'action.added', { itemId: 'i1', action: action('a1', 'See the child') }),
    );
    if (result.kind !== 'applied') throw new Error(result.kind);
    expect(result.snapshot.agenda[0]!.actions.map((a) => a.what)).toEqual([
      'See the child',
      'Ask the school',
    ]);
  });

  it('ignores an event it already has', () => {
    expect(applyMeetingEvent(room(), event(4, 'voting.opened', { itemId: 'i1' }))).toEqual({ kind: 'stale' });
  });

  it('shows every vote and the tally after the reveal, and the decision with its reasons', () => {
    let snapshot = room();
    for (const e of [
      event(5, 'voting.closed', { itemId: 'i1', votedCount: 1, inquorateReason: null }),
      event(6, 'votes.revealed', {
        itemId: 'i1',
        votes: [{ voterId: 'u2', choice: 'agree', reason: 'r', proxyCastBy: null }],
        tally: { agree: 1 },
      }),
      event(7, 'outcome.recorded', {
        itemId: 'i1',
        outcome: 'agree',
        reasons: 'Needs exceed SEN support',
        conditions: null,
      }),
    ]) {
      const result = applyMeetingEvent(snapshot, e);
      if (result.kind !== 'applied') throw new Error(result.kind);
      snapshot = result.snapshot;
    }
    expect(snapshot.agenda[0]).toMatchObject({
      votingStatus: 'revealed',
      tally: { agree: 1 },
      status: 'decided',
      outcome: { reasons: 'Needs exceed SEN support' },
    });
  });

  it('takes a member who declares an interest out of the voters', () => {
    const start = room();
    start.agenda[0]!.voterIds = ['u2'];
    const result = applyMeetingEvent(
      start,
      event(5, 'interest.declared', { itemId: 'i1', userId: 'u2', reason: 'knows the family' }),
    );
    expect(result.kind === 'applied' && result.snapshot.agenda[0]).toMatchObject({
      voterIds: [],
      recused: [{ userId: 'u2' }],
    });
  });

  it('marks a threshold criterion met for everyone in the room', () => {
    const result = applyMeetingEvent(
      room(),
      event(5, 'criteria.marked', { itemId: 'i1', criterionId: 'k1', met: true }),
    );
    expect(result.kind === 'applied' && result.snapshot.agenda[0]!.criteria).toEqual([
      { id: 'k1', text: 'Two APDR cycles', met: true },
    ]);
  });

  it('puts the choices back behind the reveal when the chair reopens voting, keeping who has voted and why it was reopened', () => {
    let snapshot = room();
    for (const e of [
      event(5, 'vote.cast', { itemId: 'i1', voterId: 'u2', votedCount: 1, proxy: false }),
      event(6, 'voting.closed', { itemId: 'i1', votedCount: 1, inquorateReason: null }),
      event(7, 'votes.revealed', {
        itemId: 'i1',
        votes: [{ voterId: 'u2', choice: 'agree', reason: 'r', proxyCastBy: null }],
        tally: { agree: 1 },
        scores: null,
      }),
      event(8, 'voting.reopened', {
        itemId: 'i1',
        reason: 'The school report arrived during the discussion',
      }),
    ]) {
      const result = applyMeetingEvent(snapshot, e);
      if (result.kind !== 'applied') throw new Error(result.kind);
      snapshot = result.snapshot;
    }
    expect(snapshot.agenda[0]).toMatchObject({
      votingStatus: 'open',
      votes: null,
      tally: null,
      voterIds: ['u2'],
      votingReopenedReasons: ['The school report arrived during the discussion'],
    });
  });

  it('keeps raised hands in the order they went up, once each, and lowers them', () => {
    let snapshot = room();
    for (const e of [
      event(5, 'hand.raised', { userId: 'u2', raisedAt: '2026-12-09T09:31:00.000Z' }),
      event(6, 'hand.raised', { userId: 'u1', raisedAt: '2026-12-09T09:32:00.000Z' }),
      event(7, 'hand.raised', { userId: 'u2', raisedAt: '2026-12-09T09:33:00.000Z' }),
      event(8, 'item.allowance_set', { itemId: 'i1', minutes: 25 }),
    ]) {
      const result = applyMeetingEvent(snapshot, e);
      if (result.kind !== 'applied') throw new Error(result.kind);
      snapshot = result.snapshot;
    }
    expect(snapshot.hands.map((h) => h.userId)).toEqual(['u2', 'u1']);
    expect(snapshot.agenda[0]!.allowanceMinutes).toBe(25);
    const lowered = applyMeetingEvent(snapshot, event(9, 'hand.lowered', { userId: 'u2' }));
    if (lowered.kind !== 'applied') throw new Error(lowered.kind);
    expect(lowered.snapshot.hands.map((h) => h.userId)).toEqual(['u1']);
  });
});
