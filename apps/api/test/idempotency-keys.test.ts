import { describe, expect, it } from 'vitest';
import { aMeeting } from './support/meeting-factory.js';
import { newKey } from './support/meeting-client.js';
import { roomSeats } from './support/room-seats.js';

/** A retry with the same idempotency key gets the first answer; the same key for something else is refused. */
describe('idempotency keys', () => {
  const seats = roomSeats(2);

  async function votingOpen() {
    const meeting = await aMeeting(seats.dataSource, {
      chair: seats.chair.id,
      members: seats.members.map((m) => m.id),
    });
    const item = { meetingId: meeting.meetingId, itemId: meeting.itemIds[0]! };
    const chair = await seats.connect(seats.chair);
    await chair.join(meeting.meetingId);
    expect(await chair.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({ ok: true });
    expect(await chair.send('voting.open', item)).toMatchObject({ ok: true });
    const member = await seats.connect(seats.members[0]!);
    await member.join(meeting.meetingId);
    return { item, member };
  }

  async function votesOf(voterId: string, itemId: string) {
    return seats.dataSource.query<{ choice: string; reason: string }[]>(
      `SELECT choice, reason FROM votes WHERE voter_id = $1 AND agenda_item_id = $2 ORDER BY cast_at`,
      [voterId, itemId],
    );
  }

  it('answers a retry of the same vote with the first answer, refuses the same key with another choice, and keeps the first vote', async () => {
    const { item, member } = await votingOpen();
    const key = newKey();
    const vote = { ...item, choice: 'agree', reason: 'Two APDR cycles' };
    const first = await member.send('vote.cast', vote, key);

    const retry = await member.send('vote.cast', vote, key);
    const reused = await member.send(
      'vote.cast',
      { ...item, choice: 'refuse', reason: 'changed my mind' },
      key,
    );

    expect(first).toMatchObject({ ok: true });
    expect(retry).toEqual(first);
    expect(reused).toMatchObject({ ok: false, code: 'idempotency_key_reused' });
    expect(await votesOf(seats.members[0]!.id, item.itemId)).toEqual([
      { choice: 'agree', reason: 'Two APDR cycles' },
    ]);
  });

  it('refuses the same key for another command or another meeting, and does nothing', async () => {
    const { item, member } = await votingOpen();
    const key = newKey();
    expect(
      await member.send('vote.cast', { ...item, choice: 'agree', reason: 'Two APDR cycles' }, key),
    ).toMatchObject({ ok: true });
    const other = await aMeeting(seats.dataSource, {
      chair: seats.chair.id,
      members: seats.members.map((m) => m.id),
    });
    const [before] = await seats.dataSource.query(`SELECT count(*)::int AS n FROM meeting_events`);

    const anotherCommand = await member.send('hand.raise', { meetingId: item.meetingId }, key);
    const anotherMeeting = await member.send(
      'vote.cast',
      { meetingId: other.meetingId, itemId: other.itemIds[0], choice: 'agree', reason: 'Two APDR cycles' },
      key,
    );

    expect(anotherCommand).toMatchObject({ ok: false, code: 'idempotency_key_reused' });
    expect(anotherMeeting).toMatchObject({ ok: false, code: 'idempotency_key_reused' });
    const [after] = await seats.dataSource.query(`SELECT count(*)::int AS n FROM meeting_events`);
    expect(after.n).toBe(before.n);
    const [raised] = await seats.dataSource.query(
      `SELECT count(*)::int AS n FROM raised_hands WHERE meeting_id = $1`,
      [item.meetingId],
    );
    expect(raised.n).toBe(0);
  });
});
