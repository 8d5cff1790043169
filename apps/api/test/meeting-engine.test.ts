import type { MeetingSnapshot } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { MeetingClient, newKey } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { roomSeats } from './support/room-seats.js';
import type { ListeningTestApp } from './support/test-app.js';

describe('the live meeting engine', () => {
  const seats = roomSeats(15);
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let members: TestUser[];
  let observer: TestUser;
  const connect = (user: TestUser) => seats.connect(user);
  beforeAll(() => {
    ({ test, dataSource, chair, members, observer } = seats);
  });

  /** A started meeting with the chair and the given members in the room, on its first item with voting open. */
  async function votingOpen(
    voters: TestUser[],
    options: Parameters<typeof aMeeting>[1] extends infer O ? Partial<O> : never = {},
  ) {
    const meeting = await aMeeting(dataSource, {
      chair: chair.id,
      members: voters.map((m) => m.id),
      observers: [observer.id],
      ...options,
    });
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const voterClients = await Promise.all(voters.map((m) => connect(m)));
    await Promise.all(voterClients.map((c) => c.join(meeting.meetingId)));
    expect(await chairClient.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
      ok: true,
    });
    expect(
      await chairClient.send('agenda.advance', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
    ).toMatchObject({ ok: true });
    expect(
      await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
    ).toMatchObject({ ok: true });
    return { ...meeting, itemId: meeting.itemIds[0]!, chairClient, voterClients };
  }

  it('refuses a connection without a session at the handshake', async () => {
    await expect(MeetingClient.connect(test.baseUrl, 'convene_session=made-up')).rejects.toThrow(
      /unauthorised/,
    );
  });

  it('does not let someone who is not invited join, or learn the meeting exists', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id });
    const outsider = await connect(members[0]!);
    const ack = await outsider.emit('meeting.join', { meetingId: meeting.meetingId });
    expect(ack).toMatchObject({ ok: false, code: 'meeting_not_found' });
    const nonexistent = await outsider.emit('meeting.join', {
      meetingId: '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60',
    });
    expect(nonexistent).toEqual(ack);
  });

  it('counts 15 members voting on the same item at once exactly, and reveals every choice together', async () => {
    const room = await votingOpen(members);
    const choices = members.map((_, i) => (i % 3 === 0 ? 'refuse' : i % 5 === 0 ? 'defer' : 'agree'));
    const acks = await Promise.all(
      room.voterClients.map((c, i) =>
        c.send('vote.cast', {
          meetingId: room.meetingId,
          itemId: room.itemId,
          choice: choices[i],
          reason: `reason-${i}`,
        }),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const versions = acks.map((a) => (a as { version: number }).version);
    expect(new Set(versions).size).toBe(15);

    expect(
      await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId }),
    ).toMatchObject({ ok: true });
    expect(
      await room.chairClient.send('votes.reveal', { meetingId: room.meetingId, itemId: room.itemId }),
    ).toMatchObject({ ok: true });
    const revealed = await room.voterClients[7]!.waitForEvent((e) => e.type === 'votes.revealed');
    const expected = {
      agree: choices.filter((c) => c === 'agree').length,
      refuse: choices.filter((c) => c === 'refuse').length,
      defer: choices.filter((c) => c === 'defer').length,
    };
    expect(revealed.payload).toMatchObject({ tally: expected });
    expect((revealed.payload as { votes: unknown[] }).votes).toHaveLength(15);
  });

  it("never sends anyone another member's choice or reason before the reveal: not in events, snapshots or acknowledgements", async () => {
    const voters = members.slice(0, 5);
    const room = await votingOpen(voters);
    await Promise.all(
      room.voterClients.map((c, i) =>
        c.send('vote.cast', {
          meetingId: room.meetingId,
          itemId: room.itemId,
          choice: i % 2 ? 'agree' : 'refuse',
          reason: `secret-reason-${i}`,
        }),
      ),
    );
    // A latecomer's snapshot, and the REST view, are part of what must stay secret.
    const late = await connect(observer);
    await late.join(room.meetingId);
    const rest = await request(test.app.getHttpServer())
      .get(`/api/meetings/${room.meetingId}`)
      .set('Cookie', seats.cookieOf(voters[1]!))
      .expect(200);
    await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId });

    for (const [index, client] of [...room.voterClients, late, room.chairClient].entries()) {
      const seen = JSON.stringify(client.frames);
      for (let other = 0; other < voters.length; other++) {
        if (other === index) continue;
        expect(seen, `client ${index} saw member ${other}'s reason`).not.toContain(`secret-reason-${other}`);
      }
      expect(seen).not.toMatch(/"votes":\[\{/);
    }
    expect(JSON.stringify(rest.body)).not.toContain('secret-reason-0');
    expect(rest.body.agenda[0].yourVote).toEqual({ choice: 'agree', reason: 'secret-reason-1' });
    expect(rest.body.agenda[0].voterIds).toHaveLength(5);

    await room.chairClient.send('votes.reveal', { meetingId: room.meetingId, itemId: room.itemId });
    const revealed = await room.voterClients[0]!.waitForEvent((e) => e.type === 'votes.revealed');
    expect(JSON.stringify(revealed)).toContain('secret-reason-4');
  });

  it('acts once on a retried command: the same idempotency key twice gives one vote and one event', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const key = newKey();
    const first = await room.voterClients[0]!.send(
      'vote.cast',
      { meetingId: room.meetingId, itemId: room.itemId, choice: 'agree', reason: 'clear evidence' },
      key,
    );
    const retry = await room.voterClients[0]!.send(
      'vote.cast',
      { meetingId: room.meetingId, itemId: room.itemId, choice: 'agree', reason: 'clear evidence' },
      key,
    );
    expect(retry).toEqual(first);
    const rows = await dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`, [
      room.itemId,
    ]);
    expect(rows[0].n).toBe(1);
    const voteEvents = await dataSource.query(
      `SELECT count(*)::int AS n FROM meeting_events WHERE meeting_id = $1 AND type = 'vote.cast'`,
      [room.meetingId],
    );
    expect(voteEvents[0].n).toBe(1);
  });

  it('acts once on the same key sent twice at the same moment', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const key = newKey();
    const payload = { meetingId: room.meetingId, itemId: room.itemId, choice: 'refuse', reason: 'not yet' };
    const [a, b] = await Promise.all([
      room.voterClients[1]!.send('vote.cast', payload, key),
      room.voterClients[1]!.send('vote.cast', payload, key),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`, [
      room.itemId,
    ]);
    expect(n).toBe(1);
  });

  it('takes no vote after the chair closes voting, however close together they arrive, and counts each voter once', async () => {
    const room = await votingOpen(members);
    const casts = room.voterClients.flatMap((client, i) =>
      [0, 1, 2].map((round) =>
        client.send('vote.cast', {
          meetingId: room.meetingId,
          itemId: room.itemId,
          choice: (i + round) % 2 ? 'agree' : 'refuse',
          reason: `round ${round}`,
        }),
      ),
    );
    const close = room.chairClient.send('voting.close', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      inquorateReason: 'closed during the vote',
    });
    const [closed, ...acks] = await Promise.all([close, ...casts]);
    expect(closed).toMatchObject({ ok: true });
    const closedAt = (closed as { version: number }).version;
    const taken = acks.filter((a) => a.ok) as { version: number }[];
    const refused = acks.filter((a) => !a.ok);
    expect(taken.length + refused.length).toBe(45);
    expect(refused.every((a) => (a as { code: string }).code === 'wrong_state')).toBe(true);
    expect(taken.every((a) => a.version < closedAt)).toBe(true);

    const [{ n: rows }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`,
      [room.itemId],
    );
    const events = await dataSource.query(
      `SELECT sequence, payload FROM meeting_events WHERE meeting_id = $1 AND type = 'vote.cast' ORDER BY sequence`,
      [room.meetingId],
    );
    expect(rows).toBe(taken.length);
    expect(events.map((e: { sequence: string }) => Number(e.sequence))).toEqual(
      taken.map((a) => a.version).sort((x, y) => x - y),
    );
    const [{ n: voters }] = await dataSource.query(
      `SELECT count(DISTINCT voter_id)::int AS n FROM votes WHERE agenda_item_id = $1`,
      [room.itemId],
    );
    expect(events.at(-1)?.payload.votedCount ?? 0).toBe(voters);
  });

  it('answers a bad command with an error naming the field, and changes nothing', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const missing = await room.voterClients[0]!.send('vote.cast', {
      meetingId: room.meetingId,
      choice: 'agree',
      reason: 'x',
    });
    expect(missing).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [expect.objectContaining({ field: 'itemId' })],
    });
    const extra = await room.voterClients[0]!.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'x',
      weight: 10,
    });
    expect(extra).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [expect.objectContaining({ field: 'weight' })],
    });
    const wrongChoice = await room.voterClients[0]!.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'maybe',
      reason: 'x',
    });
    expect(wrongChoice).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [{ field: 'choice', messages: expect.any(Array) }],
    });
    const noReason = await room.voterClients[0]!.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
    });
    expect(noReason).toMatchObject({ ok: false, fields: [expect.objectContaining({ field: 'reason' })] });
    const notAnObject = await room.voterClients[0]!.emit('vote.cast', 'agree');
    expect(notAnObject).toMatchObject({ ok: false, code: 'validation_failed' });
    const rows = await dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`, [
      room.itemId,
    ]);
    expect(rows[0].n).toBe(0);
    expect(room.voterClients[0]!.frames.some((f) => f.event === 'command.rejected')).toBe(true);
  });

  it('lets a member change their vote until voting closes, keeping the earlier vote in history', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const [a, b, c] = room.voterClients as [MeetingClient, MeetingClient, MeetingClient];
    await a.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'refuse',
      reason: 'first thoughts',
    });
    await a.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'persuaded by the EP',
    });
    await b.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'yes',
    });
    await c.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'yes',
    });
    await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId });
    const late = await a.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'refuse',
      reason: 'too late',
    });
    expect(late).toMatchObject({ ok: false, code: 'wrong_state' });
    await room.chairClient.send('votes.reveal', { meetingId: room.meetingId, itemId: room.itemId });
    const revealed = await b.waitForEvent((e) => e.type === 'votes.revealed');
    expect((revealed.payload as { tally: object }).tally).toEqual({ agree: 3 });
    const history = await dataSource.query(
      `SELECT choice FROM votes WHERE agenda_item_id = $1 AND voter_id = $2 ORDER BY id`,
      [room.itemId, members[0]!.id],
    );
    expect(history.map((h: { choice: string }) => h.choice)).toEqual(['refuse', 'agree']);
    await expect(dataSource.query(`UPDATE votes SET choice = 'refuse'`)).rejects.toThrow(/append-only/);
  });

  it('will not close an inquorate vote unless the chair records it as inquorate, with a reason', async () => {
    const room = await votingOpen(members.slice(0, 2));
    await Promise.all(
      room.voterClients.map((c) =>
        c.send('vote.cast', {
          meetingId: room.meetingId,
          itemId: room.itemId,
          choice: 'agree',
          reason: 'ok',
        }),
      ),
    );
    const refused = await room.chairClient.send('voting.close', {
      meetingId: room.meetingId,
      itemId: room.itemId,
    });
    expect(refused).toMatchObject({ ok: false, code: 'inquorate' });
    expect((refused as { message: string }).message).toContain(
      '2 voting members present and not recused, 3 needed',
    );
    const closed = await room.chairClient.send('voting.close', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      inquorateReason: 'Two members on leave; decision to be ratified next week',
    });
    expect(closed.ok).toBe(true);
    const event = await room.voterClients[0]!.waitForEvent((e) => e.type === 'voting.closed');
    expect(event.payload).toMatchObject({
      inquorateReason: 'Two members on leave; decision to be ratified next week',
    });
  });

  it('recuses a member who declares an interest from the vote and from the quorum, live', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const [a, b, c] = room.voterClients as [MeetingClient, MeetingClient, MeetingClient];
    expect(
      await c.send('interest.declare', {
        meetingId: room.meetingId,
        itemId: room.itemId,
        reason: 'I taught this child last year',
      }),
    ).toMatchObject({ ok: true });
    const declared = await a.waitForEvent((e) => e.type === 'interest.declared');
    expect(declared.payload).toMatchObject({ userId: members[2]!.id });
    expect(
      await c.send('vote.cast', {
        meetingId: room.meetingId,
        itemId: room.itemId,
        choice: 'agree',
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, code: 'recused' });
    await a.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'x',
    });
    await b.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'x',
    });
    expect(
      await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId }),
    ).toMatchObject({ ok: false, code: 'inquorate' });
  });

  it('records a vote the chair casts for an absent member as a proxy vote', async () => {
    const voters = members.slice(0, 4);
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: voters.map((m) => m.id) });
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const present = await Promise.all(voters.slice(0, 3).map((m) => connect(m)));
    await Promise.all(present.map((c) => c.join(meeting.meetingId)));
    await chairClient.send('meeting.start', { meetingId: meeting.meetingId });
    await chairClient.send('attendance.mark', {
      meetingId: meeting.meetingId,
      userId: voters[3]!.id,
      attendance: 'apologies',
    });
    await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });
    const byMember = await present[0]!.send('vote.cast', {
      meetingId: meeting.meetingId,
      itemId: meeting.itemIds[0],
      choice: 'agree',
      reason: 'x',
      onBehalfOf: voters[3]!.id,
    });
    expect(byMember).toMatchObject({ ok: false, code: 'forbidden' });
    const proxy = await chairClient.send('vote.cast', {
      meetingId: meeting.meetingId,
      itemId: meeting.itemIds[0],
      choice: 'refuse',
      reason: 'Sent in writing before the meeting',
      onBehalfOf: voters[3]!.id,
    });
    expect(proxy.ok).toBe(true);
    const cast = await present[1]!.waitForEvent((e) => e.type === 'vote.cast');
    expect(cast.payload).toEqual({
      itemId: meeting.itemIds[0],
      voterId: voters[3]!.id,
      votedCount: 1,
      proxy: true,
    });
    await Promise.all(
      present.map((c) =>
        c.send('vote.cast', {
          meetingId: meeting.meetingId,
          itemId: meeting.itemIds[0],
          choice: 'agree',
          reason: 'x',
        }),
      ),
    );
    await chairClient.send('voting.close', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });
    await chairClient.send('votes.reveal', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });
    const revealed = await present[0]!.waitForEvent((e) => e.type === 'votes.revealed');
    expect(
      (revealed.payload as { votes: { voterId: string; proxyCastBy: string | null }[] }).votes.find(
        (v) => v.voterId === voters[3]!.id,
      ),
    ).toMatchObject({ proxyCastBy: chair.id });
  });

  it('numbers every event, and a late joiner sees exactly the current state', async () => {
    const room = await votingOpen(members.slice(0, 3));
    await Promise.all(
      room.voterClients.map((c) =>
        c.send('vote.cast', { meetingId: room.meetingId, itemId: room.itemId, choice: 'agree', reason: 'x' }),
      ),
    );
    await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId });
    await room.chairClient.send('votes.reveal', { meetingId: room.meetingId, itemId: room.itemId });
    const noReasons = await room.chairClient.send('outcome.record', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      outcome: 'agree',
      reasons: '',
    });
    expect(noReasons).toMatchObject({ ok: false, fields: [expect.objectContaining({ field: 'reasons' })] });
    const recorded = await room.chairClient.send('outcome.record', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      outcome: 'agree',
      reasons: 'Two APDR cycles; needs exceed ordinarily available provision',
      criteriaNotMetReason: 'The test case carries no threshold evidence',
    });
    await room.voterClients[0]!.waitForEvent((e) => e.type === 'outcome.recorded');
    const sequences = room.voterClients[0]!.events.map((e) => e.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0]! + i));

    const late = await connect(observer);
    const snapshot: MeetingSnapshot = await late.join(room.meetingId);
    // Joining a meeting in progress marks the latecomer present: one more event, already in the snapshot.
    const [{ last }] = await dataSource.query(
      `SELECT max(sequence)::int AS last FROM meeting_events WHERE meeting_id = $1`,
      [room.meetingId],
    );
    expect(last).toBe((recorded as { version: number }).version + 1);
    expect(snapshot.meeting.sequence).toBe(last);
    expect(snapshot.meeting).toMatchObject({ status: 'in_progress', currentItemId: room.itemId });
    expect(snapshot.agenda[0]).toMatchObject({
      status: 'decided',
      votingStatus: 'revealed',
      tally: { agree: 3 },
      outcome: { outcome: 'agree' },
    });
    expect(
      snapshot.members
        .filter((m) => m.attendance === 'present')
        .map((m) => m.userId)
        .sort(),
    ).toEqual([chair.id, observer.id, ...members.slice(0, 3).map((m) => m.id)].sort());
    // Joining again records nothing more.
    expect((await late.join(room.meetingId)).meeting.sequence).toBe(last);
  });

  it("lets observers watch but not vote, and hides a restricted Children in Care item's case from them", async () => {
    const room = await votingOpen(members.slice(0, 3), { items: [{ restricted: true }] });
    const watcher = await connect(observer);
    const snapshot = await watcher.join(room.meetingId);
    expect(snapshot.you.role).toBe('observer');
    expect(snapshot.agenda[0]).toMatchObject({ restricted: true, caseReference: null, childId: null });
    const vote = await watcher.send('vote.cast', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      choice: 'agree',
      reason: 'x',
    });
    expect(vote).toMatchObject({ ok: false, code: 'forbidden' });
    const memberView = await room.voterClients[0]!.join(room.meetingId);
    expect(memberView.agenda[0]!.caseReference).toMatch(/^EHC-/);
  });

  it('only the chair drives the meeting', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const ack = await room.voterClients[0]!.send('voting.close', {
      meetingId: room.meetingId,
      itemId: room.itemId,
    });
    expect(ack).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('shows who is in the room, and updates it when someone leaves', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: [members[0]!.id] });
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const member = await connect(members[0]!);
    const snapshot = await member.join(meeting.meetingId);
    expect(snapshot.present.sort()).toEqual([chair.id, members[0]!.id].sort());
    member.close();
    await expect
      .poll(() => chairClient.frames.filter((f) => f.event === 'presence.changed').at(-1)?.args[0])
      .toEqual({ meetingId: meeting.meetingId, present: [chair.id] });
  });

  it('disconnects someone at once when they sign out, and refuses their ended session', async () => {
    const voter = await aUser(dataSource, { roles: ['panel_member'] });
    const cookie = await signIn(test, voter);
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: [voter.id] });
    const client = await seats.connectWith(cookie);
    await client.join(meeting.meetingId);
    const disconnected = new Promise<string>((resolve) =>
      client.socket.once('disconnect', (reason) => resolve(reason)),
    );
    await request(test.app.getHttpServer()).post('/api/auth/sign-out').set('Cookie', cookie).expect(204);
    expect(await disconnected).toBe('io server disconnect');
    // Connecting again with the ended session is refused at the handshake.
    await expect(MeetingClient.connect(test.baseUrl, cookie)).rejects.toThrow(/unauthorised/);
  });

  it('writes an audit record for every command, in the meeting', async () => {
    const room = await votingOpen(members.slice(0, 3));
    const actions = await dataSource.query(
      `SELECT action FROM audit_records WHERE meeting_id = $1 ORDER BY id`,
      [room.meetingId],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'meeting.start',
      'agenda.advance',
      'voting.open',
    ]);
  });

  it('assembles the minutes at the end: attendance, apologies, declarations, each outcome with its reasons', async () => {
    const voters = members.slice(0, 4);
    const meeting = await aMeeting(dataSource, {
      chair: chair.id,
      members: voters.map((m) => m.id),
      items: [{}, {}],
    });
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const present = await Promise.all(voters.slice(0, 3).map((m) => connect(m)));
    await Promise.all(present.map((c) => c.join(meeting.meetingId)));
    const [first, second] = meeting.itemIds as [string, string];
    await chairClient.send('meeting.start', { meetingId: meeting.meetingId });
    await chairClient.send('attendance.mark', {
      meetingId: meeting.meetingId,
      userId: voters[3]!.id,
      attendance: 'apologies',
    });
    await present[2]!.send('interest.declare', {
      meetingId: meeting.meetingId,
      itemId: second,
      reason: 'Related to the family',
    });
    await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: first });
    await Promise.all(
      present.map((c, i) =>
        c.send('vote.cast', {
          meetingId: meeting.meetingId,
          itemId: first,
          choice: i === 0 ? 'refuse' : 'agree',
          reason: `because ${i}`,
        }),
      ),
    );
    await chairClient.send('voting.close', { meetingId: meeting.meetingId, itemId: first });
    await chairClient.send('votes.reveal', { meetingId: meeting.meetingId, itemId: first });
    await chairClient.send('outcome.record', {
      meetingId: meeting.meetingId,
      itemId: first,
      outcome: 'agree',
      reasons: 'Evidence of two APDR cycles',
      conditions: 'Review in 6 weeks',
      criteriaNotMetReason: 'The test case carries no threshold evidence',
    });
    await chairClient.send('item.defer', {
      meetingId: meeting.meetingId,
      itemId: second,
      reason: 'Awaiting the EP report',
    });
    expect(await chairClient.send('meeting.end', { meetingId: meeting.meetingId })).toMatchObject({
      ok: true,
    });

    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(voters[0]!))
      .expect(200);
    expect(minutes.body.meeting.status).toBe('ended');
    expect(minutes.body.meeting.endedAt).toEqual(expect.any(String));
    expect(minutes.body.attendance.apologies).toHaveLength(1);
    expect(minutes.body.attendance.present).toHaveLength(4);
    expect(minutes.body.declarations).toEqual([expect.objectContaining({ reason: 'Related to the family' })]);
    expect(minutes.body.items[0]).toMatchObject({
      outcome: 'agree',
      reasons: 'Evidence of two APDR cycles',
      conditions: 'Review in 6 weeks',
      tally: { agree: 2, refuse: 1 },
    });
    expect(minutes.body.items[1]).toMatchObject({
      status: 'deferred',
      deferredReason: 'Awaiting the EP report',
      votes: null,
    });
    const csv = await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes.csv`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(csv.text).toContain('Evidence of two APDR cycles');
    expect(csv.text).toContain('Agree 2; Refuse 1');
    const pdf = await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes.pdf`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(members[10]!))
      .expect(404);
  });

  it('refuses a browser connection from another site at the handshake', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(`${test.baseUrl}/meetings`, {
      transports: ['polling'],
      extraHeaders: { cookie: seats.cookieOf(chair), origin: 'https://evil.example' },
      reconnection: false,
      forceNew: true,
    });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', () => resolve('refused'));
    });
    socket.close();
    expect(outcome).toBe('refused');
  });

  it('drops a connection that sends an oversized message', async () => {
    const client = await connect(members[0]!);
    const disconnected = new Promise<string>((resolve) =>
      client.socket.once('disconnect', (reason) => resolve(reason)),
    );
    (client.socket as unknown as { emit: (event: string, payload: unknown) => void }).emit('vote.cast', {
      meetingId: 'x',
      idempotencyKey: 'y'.repeat(10),
      reason: 'z'.repeat(200_000),
    });
    expect(await disconnected).toBe('transport close');
  });

  it('moves the case along its path when the Decision-Making Group decides, in the same transaction', async () => {
    const room = await votingOpen(members.slice(0, 3), { items: [{}, {}] });
    await Promise.all(
      room.voterClients.map((c) =>
        c.send('vote.cast', { meetingId: room.meetingId, itemId: room.itemId, choice: 'agree', reason: 'x' }),
      ),
    );
    await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId });
    await room.chairClient.send('votes.reveal', { meetingId: room.meetingId, itemId: room.itemId });
    const wrong = await room.chairClient.send('outcome.record', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      outcome: 'issue',
      reasons: 'not a choice here',
    });
    expect(wrong).toMatchObject({ ok: false, fields: [expect.objectContaining({ field: 'outcome' })] });
    await room.chairClient.send('outcome.record', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      outcome: 'agree',
      reasons: 'Needs beyond SEN support',
      criteriaNotMetReason: 'The test case carries no threshold evidence',
    });
    const [request] = await dataSource.query(
      `SELECT r.stage, r.decision_to_assess_on FROM ehc_requests r JOIN agenda_items a ON a.request_id = r.id WHERE a.id = $1`,
      [room.itemId],
    );
    expect(request.stage).toBe('assessment');
    const [step] = await dataSource.query(
      `SELECT e.stage, e.recorded_by, e.note FROM request_events e JOIN agenda_items a ON a.request_id = e.request_id WHERE a.id = $1 AND e.stage = 'assessment'`,
      [room.itemId],
    );
    expect(step).toEqual({ stage: 'assessment', recorded_by: chair.id, note: 'Needs beyond SEN support' });
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE meeting_id = $1 AND action = 'request.assessment'`,
      [room.meetingId],
    );
    expect(audit).toHaveLength(1);

    // A request that has already been refused cannot be agreed: the decision is refused and nothing is written.
    const second = room.itemIds[1]!;
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'refused' WHERE id = (SELECT request_id FROM agenda_items WHERE id = $1)`,
      [second],
    );
    const refused = await room.chairClient.send('outcome.record', {
      meetingId: room.meetingId,
      itemId: second,
      outcome: 'agree',
      reasons: 'Agreed',
      criteriaNotMetReason: 'The test case carries no threshold evidence',
    });
    expect(refused).toMatchObject({ ok: false, code: 'wrong_state' });
    const [item] = await dataSource.query(`SELECT status, outcome FROM agenda_items WHERE id = $1`, [second]);
    expect(item).toEqual({ status: 'pending', outcome: null });
  });

  it('produces the refusal letter to the family only for a refusal, and only for roles that may see names', async () => {
    const room = await votingOpen(members.slice(0, 3), { items: [{}, {}] });
    await Promise.all(
      room.voterClients.map((c) =>
        c.send('vote.cast', {
          meetingId: room.meetingId,
          itemId: room.itemId,
          choice: 'refuse',
          reason: 'one cycle only',
        }),
      ),
    );
    await room.chairClient.send('voting.close', { meetingId: room.meetingId, itemId: room.itemId });
    await room.chairClient.send('votes.reveal', { meetingId: room.meetingId, itemId: room.itemId });
    await room.chairClient.send('outcome.record', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      outcome: 'refuse',
      reasons: 'Only one APDR cycle',
      conditions: 'A further cycle with EP advice',
    });
    const url = `/api/meetings/${room.meetingId}/items/${room.itemId}/outcome-letter.pdf`;
    const letter = await request(test.app.getHttpServer())
      .get(url)
      .set('Cookie', seats.cookieOf(chair))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.headers['content-disposition']).toMatch(/refusal-to-assess\.pdf/);
    expect((letter.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await request(test.app.getHttpServer()).get(url).set('Cookie', seats.cookieOf(members[0]!)).expect(403);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'letter.produced' AND entity_id = $1`,
      [room.itemId],
    );
    expect(n).toBe(1);
    await request(test.app.getHttpServer())
      .get(`/api/meetings/${room.meetingId}/items/${room.itemIds[1]}/outcome-letter.pdf`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(404);
  });

  it("shows the council's threshold criteria for the decision, marked live by the chair and kept with it", async () => {
    const room = await votingOpen(members.slice(0, 3));
    const snapshot = await room.voterClients[0]!.join(room.meetingId);
    const criteria = snapshot.agenda[0]!.criteria;
    expect(criteria.length).toBeGreaterThan(3);
    expect(criteria[1]).toMatchObject({
      text: expect.stringMatching(/two cycles of Assess, Plan, Do, Review/),
      met: null,
    });
    const byMember = await room.voterClients[0]!.send('criteria.mark', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      criterionId: criteria[1]!.id,
      met: true,
    });
    expect(byMember).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await room.chairClient.send('criteria.mark', {
        meetingId: room.meetingId,
        itemId: room.itemId,
        criterionId: criteria[1]!.id,
        met: true,
      }),
    ).toMatchObject({ ok: true });
    const marked = await room.voterClients[1]!.waitForEvent((e) => e.type === 'criteria.marked');
    expect(marked.payload).toEqual({ itemId: room.itemId, criterionId: criteria[1]!.id, met: true });
    const [other] = await dataSource.query(
      `SELECT id FROM threshold_criteria WHERE item_kind = 'funding' LIMIT 1`,
    );
    const wrongKind = await room.chairClient.send('criteria.mark', {
      meetingId: room.meetingId,
      itemId: room.itemId,
      criterionId: other.id,
      met: true,
    });
    expect(wrongKind).toMatchObject({
      ok: false,
      fields: [expect.objectContaining({ field: 'criterionId' })],
    });
    const rest = await request(test.app.getHttpServer())
      .get(`/api/meetings/${room.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(rest.body.items[0].criteria.filter((c: { met: boolean | null }) => c.met === true)).toHaveLength(
      1,
    );
  });
});
