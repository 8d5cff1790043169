import type { MeetingEvent, MeetingSnapshot } from '@convene/contracts';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aQualityGroupMeeting, anItem } from '../test-support/quality-room';
import { aScriptedSocket, type ScriptedRoomServer } from '../test-support/scripted-meeting-socket';

/** A socket that answers the room's join with whatever snapshot the test holds, and acknowledges every command. */
interface RoomServer extends ScriptedRoomServer {
  snapshot: MeetingSnapshot | null;
  emitted: { name: string; payload: Record<string, unknown> }[];
}
const server = vi.hoisted((): RoomServer => ({
  snapshot: null,
  emitted: [],
  handlers: new Map(),
  connects: 0,
  answer(name, payload) {
    this.emitted.push({ name, payload });
    return name === 'meeting.join'
      ? { ok: true, snapshot: structuredClone(this.snapshot) }
      : { ok: true, version: 13 };
  },
}));
vi.mock('../api/meeting-socket', () => ({ connectMeetingSocket: () => aScriptedSocket(server) }));

const { useRoomStore } = await import('./room');

function aRoomWith(snapshot: MeetingSnapshot) {
  server.snapshot = snapshot;
  const room = useRoomStore();
  room.open('m1');
  server.handlers.get('connect')!();
  return room;
}

const anEvent = (type: MeetingEvent['type'], payload: unknown, sequence = 13): MeetingEvent => ({
  meetingId: 'm1',
  sequence,
  type,
  payload: payload as never,
  at: '2026-11-26T10:20:00.000Z',
  actorId: 'chair',
});

describe('the room, for a sampled plan', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    server.emitted = [];
    server.handlers.clear();
  });

  it("takes a fresh snapshot once a reviewer's score is recorded, for the grade the server worked out", async () => {
    const room = aRoomWith(aQualityGroupMeeting('member', 'ada', [anItem()]));
    await flushPromises();
    server.snapshot = aQualityGroupMeeting('member', 'ada', [
      anItem({
        voterIds: ['ada'],
        quality: {
          yourScore: {
            grade: 'good',
            computedGrade: 'good',
            metCriterionIds: ['c-sections', 'c-outcomes'],
            overrideReason: null,
          },
          scores: null,
          disagreement: null,
        },
      }),
    ]);
    const ack = await room.send('score.submit', {
      itemId: 'i1',
      metCriterionIds: ['c-sections', 'c-outcomes'],
    });
    await flushPromises();
    expect(ack.ok).toBe(true);
    expect(server.emitted.map((e) => e.name)).toEqual(['meeting.join', 'score.submit', 'meeting.join']);
    expect(room.currentItem?.quality?.yourScore?.grade).toBe('good');
  });

  it('announces scoring in the words of scoring, not voting', async () => {
    const room = aRoomWith(aQualityGroupMeeting('observer', 'obi', [anItem({ votingStatus: 'not_open' })]));
    await flushPromises();
    const arrives = server.handlers.get('meeting.event')!;
    arrives(anEvent('voting.opened', { itemId: 'i1' }, 13));
    expect(room.announcement).toBe('Scoring is open on EHC-26-0042.');
    arrives(anEvent('vote.cast', { itemId: 'i1', voterId: 'ada', votedCount: 1, proxy: false }, 14));
    expect(room.announcement).toBe('Ada Quill has scored EHC-26-0042. 1 scored so far.');
    arrives(anEvent('voting.closed', { itemId: 'i1', votedCount: 1, inquorateReason: null }, 15));
    expect(room.announcement).toBe('Scoring on EHC-26-0042 is closed.');
  });

  it('takes a fresh snapshot when a Health Gateway item’s advice changes, and names a hidden item as for another team', async () => {
    const room = aRoomWith(
      aQualityGroupMeeting('member', 'ada', [
        anItem({ caseReference: null, childId: null, requestId: null, forAnotherTeam: true }),
      ]),
    );
    await flushPromises();
    server.snapshot = aQualityGroupMeeting('member', 'ada', [anItem()]);
    server.handlers.get('meeting.event')!(anEvent('advice.changed', { itemId: 'i1' }, 13));
    expect(room.announcement).toBe('The health advice for item 1 has changed.');
    await flushPromises();
    expect(server.emitted.map((e) => e.name)).toEqual(['meeting.join', 'meeting.join']);
    expect(room.currentItem?.caseReference).toBe('EHC-26-0042');
  });

  it('says the session has ended when the server closes the connection, and not when the network drops', async () => {
    const room = aRoomWith(aQualityGroupMeeting('member', 'ada', [anItem()]));
    await flushPromises();
    server.handlers.get('disconnect')!('transport close');
    expect(room.connected).toBe(false);
    expect(room.problem).toBeNull();
    server.handlers.get('connect')!();
    await flushPromises();
    server.handlers.get('disconnect')!('io server disconnect');
    expect(room.problem).toBe('Your session has ended. Sign in again.');
  });
});
