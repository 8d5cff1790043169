import type { MeetingSnapshot } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { roomSeats } from './support/room-seats.js';
import { signIn } from './support/sign-in.js';
import type { ListeningTestApp } from './support/test-app.js';

/** What a chair runs a room with, besides the vote itself: reopening a vote, the queue of hands, each item's time. */
describe('the chair’s console commands', () => {
  const seats = roomSeats(3);
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let members: TestUser[];
  let observer: TestUser;
  const connect = (user: TestUser) => seats.connect(user);
  beforeAll(() => {
    ({ test, dataSource, chair, members, observer } = seats);
  });

  /** A started meeting with everyone in the room, on its first item. */
  async function room() {
    const meeting = await aMeeting(dataSource, {
      chair: chair.id,
      members: members.map((m) => m.id),
      observers: [observer.id],
      items: [{}, { kind: 'decision_to_issue' }],
    });
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const memberClients = await Promise.all(members.map((m) => connect(m)));
    await Promise.all(memberClients.map((c) => c.join(meeting.meetingId)));
    const observerClient = await connect(observer);
    await observerClient.join(meeting.meetingId);
    expect(await chairClient.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
      ok: true,
    });
    expect(
      await chairClient.send('agenda.advance', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
    ).toMatchObject({ ok: true });
    return { ...meeting, itemId: meeting.itemIds[0]!, chairClient, memberClients, observerClient };
  }

  const votes = async (meetingId: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE meeting_id = $1`, [meetingId]))[0]
      .n as number;

  it('reopens a closed and revealed vote before the decision: choices go back behind the reveal, a changed vote counts, the reason is in the minutes', async () => {
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    expect(await r.chairClient.send('voting.open', at)).toMatchObject({ ok: true });
    for (const [i, client] of r.memberClients.entries()) {
      expect(
        await client.send('vote.cast', {
          ...at,
          choice: i === 0 ? 'refuse' : 'agree',
          reason: `first view ${i}`,
        }),
      ).toMatchObject({ ok: true });
    }
    expect(await r.chairClient.send('voting.close', at)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('votes.reveal', at)).toMatchObject({ ok: true });

    // Only the chair, with a reason, and only while no other vote is open.
    expect(
      await r.memberClients[0]!.send('voting.reopen', { ...at, reason: 'I would like to' }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await r.chairClient.send('voting.reopen', { ...at, reason: '' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
    const reopened = r.observerClient.waitForEvent((e) => e.type === 'voting.reopened');
    expect(
      await r.chairClient.send('voting.reopen', {
        ...at,
        reason: 'The school report arrived during the discussion',
      }),
    ).toMatchObject({ ok: true });
    const reopenedEvent = await reopened;
    const reopenedAt = reopenedEvent.sequence;
    expect(reopenedEvent.payload).toEqual({
      itemId: r.itemId,
      reason: 'The school report arrived during the discussion',
    });

    // A member changes their vote: the others learn only that they voted, and a fresh snapshot hides the choices again.
    const cast = r.observerClient.waitForEvent((e) => e.type === 'vote.cast' && e.sequence > reopenedAt);
    expect(
      await r.memberClients[0]!.send('vote.cast', {
        ...at,
        choice: 'agree',
        reason: 'The report shows needs beyond SEN support',
      }),
    ).toMatchObject({ ok: true });
    expect(JSON.stringify((await cast).payload)).not.toMatch(/agree|report/);
    const again = await (await connect(members[1]!)).join(r.meetingId);
    const item = again.agenda.find((i) => i.id === r.itemId)!;
    expect(item).toMatchObject({
      votingStatus: 'open',
      votes: null,
      tally: null,
      votingReopenedReasons: ['The school report arrived during the discussion'],
    });
    expect(item.voterIds).toHaveLength(3);

    expect(await r.chairClient.send('voting.close', at)).toMatchObject({ ok: true });
    const revealed = r.observerClient.waitForEvent(
      (e) => e.type === 'votes.revealed' && e.sequence > reopenedAt,
    );
    expect(await r.chairClient.send('votes.reveal', at)).toMatchObject({ ok: true });
    expect((await revealed).payload).toMatchObject({ tally: { agree: 3 } });
    expect(
      await r.chairClient.send('outcome.record', {
        ...at,
        outcome: 'agree',
        reasons: 'Needs beyond SEN support, shown by the school report',
        criteriaNotMetReason: 'The test case carries no threshold evidence',
      }),
    ).toMatchObject({ ok: true });
    expect(await r.chairClient.send('voting.reopen', { ...at, reason: 'Second thoughts' })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });

    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${r.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(minutes.body.items[0]).toMatchObject({
      outcome: 'agree',
      votingReopenedReasons: ['The school report arrived during the discussion'],
    });
    const audit = await dataSource.query(
      `SELECT after FROM audit_records WHERE entity_id = $1 AND action = 'voting.reopen'`,
      [r.itemId],
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses to reopen a vote that is still open or was never opened, changing nothing', async () => {
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    expect(await r.chairClient.send('voting.reopen', { ...at, reason: 'Too early' })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });
    expect(await r.chairClient.send('voting.open', at)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('voting.reopen', { ...at, reason: 'Already open' })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });
    const [row] = await dataSource.query(
      `SELECT voting_status, voting_reopened_reasons FROM agenda_items WHERE id = $1`,
      [r.itemId],
    );
    expect(row).toEqual({ voting_status: 'open', voting_reopened_reasons: [] });
    expect(await votes(r.meetingId)).toBe(0);
  });

  it('keeps raised hands in the order they went up, across a reload, and lets only the chair lower someone else’s', async () => {
    const r = await room();
    const base = { meetingId: r.meetingId };
    expect(await r.memberClients[2]!.send('hand.raise', base)).toMatchObject({ ok: true });
    expect(await r.memberClients[0]!.send('hand.raise', base)).toMatchObject({ ok: true });
    expect(await r.memberClients[0]!.send('hand.raise', base)).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });
    expect(await r.observerClient.send('hand.raise', base)).toMatchObject({ ok: false, code: 'forbidden' });

    const reloaded: MeetingSnapshot = await (await connect(chair)).join(r.meetingId);
    expect(reloaded.hands.map((h) => h.userId)).toEqual([members[2]!.id, members[0]!.id]);

    expect(await r.memberClients[1]!.send('hand.lower', { ...base, userId: members[2]!.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const lowered = r.memberClients[2]!.waitForEvent((e) => e.type === 'hand.lowered');
    expect(await r.chairClient.send('hand.lower', { ...base, userId: members[2]!.id })).toMatchObject({
      ok: true,
    });
    expect((await lowered).payload).toEqual({ userId: members[2]!.id });
    expect(await r.memberClients[0]!.send('hand.lower', base)).toMatchObject({ ok: true });
    expect(await r.memberClients[0]!.send('hand.lower', base)).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });

    expect(await r.memberClients[1]!.send('hand.raise', base)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('meeting.end', { ...base, confirmItemsNotReached: true })).toMatchObject({
      ok: true,
    });
    expect((await (await connect(members[1]!)).join(r.meetingId)).hands).toEqual([]);
  });

  it('gives each item its kind’s default time, which the chair alone may change within 1 to 120 minutes for any item not yet dealt with', async () => {
    const r = await room();
    const before = await (await connect(members[0]!)).join(r.meetingId);
    expect(before.agenda.map((i) => i.allowanceMinutes)).toEqual([10, 15]);

    const at = { meetingId: r.meetingId, itemId: r.itemIds[1] };
    expect(await r.memberClients[0]!.send('item.allowance', { ...at, minutes: 30 })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    for (const minutes of [0, 121, 12.5])
      expect(await r.chairClient.send('item.allowance', { ...at, minutes })).toMatchObject({
        ok: false,
        code: 'validation_failed',
      });
    const set = r.memberClients[1]!.waitForEvent((e) => e.type === 'item.allowance_set');
    expect(await r.chairClient.send('item.allowance', { ...at, minutes: 25 })).toMatchObject({ ok: true });
    expect((await set).payload).toEqual({ itemId: r.itemIds[1], minutes: 25 });

    const after = await (await connect(members[0]!)).join(r.meetingId);
    expect(after.agenda.map((i) => i.allowanceMinutes)).toEqual([10, 25]);
    // An item dealt with keeps the time it had.
    expect(
      await r.chairClient.send('item.defer', { ...at, itemId: r.itemId, reason: 'Waiting for EP advice' }),
    ).toMatchObject({ ok: true });
    expect(
      await r.chairClient.send('item.allowance', { ...at, itemId: r.itemId, minutes: 40 }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
    const audit = await dataSource.query(
      `SELECT before, after FROM audit_records WHERE entity_id = $1 AND action = 'item.allowance'`,
      [r.itemIds[1]],
    );
    expect(audit).toEqual([{ before: { allowanceMinutes: 15 }, after: { allowanceMinutes: 25 } }]);
  });

  it('starts on another day than scheduled, and ends with items not reached, only once the chair confirms; the minutes say so', async () => {
    const meeting = await aMeeting(dataSource, {
      chair: chair.id,
      members: members.map((m) => m.id),
      items: [{}, {}, { kind: 'decision_to_issue' }],
    });
    await dataSource.query(
      `UPDATE meetings SET starts_at = now() + interval '2 days', ends_at = now() + interval '2 days 3 hours' WHERE id = $1`,
      [meeting.meetingId],
    );
    const [{ scheduled_for: scheduledFor }] = await dataSource.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS scheduled_for FROM meetings WHERE id = $1`,
      [meeting.meetingId],
    );
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const base = { meetingId: meeting.meetingId };

    const refused = await chairClient.send('meeting.start', base);
    expect(refused).toMatchObject({
      ok: false,
      code: 'confirmation_required',
      fields: [{ field: 'confirmOtherDay' }],
    });
    expect((refused as { message: string }).message).toMatch(
      /^This meeting is scheduled for \d{1,2} [A-Z][a-z]+ 20\d\d, not today/,
    );
    expect(
      (await dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [meeting.meetingId]))[0].status,
    ).toBe('scheduled');
    expect(await chairClient.send('meeting.start', { ...base, confirmOtherDay: true })).toMatchObject({
      ok: true,
    });

    expect(await chairClient.send('agenda.advance', { ...base, itemId: meeting.itemIds[0] })).toMatchObject({
      ok: true,
    });
    expect(
      await chairClient.send('item.defer', {
        ...base,
        itemId: meeting.itemIds[0],
        reason: 'Waiting for the EP advice',
      }),
    ).toMatchObject({ ok: true });
    expect(await chairClient.send('meeting.end', base)).toMatchObject({
      ok: false,
      code: 'confirmation_required',
      message: expect.stringMatching(/^2 items have not been dealt with/),
    });
    expect(
      (await dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [meeting.meetingId]))[0].status,
    ).toBe('in_progress');
    const ended = chairClient.waitForEvent((e) => e.type === 'meeting.ended');
    expect(await chairClient.send('meeting.end', { ...base, confirmItemsNotReached: true })).toMatchObject({
      ok: true,
    });
    expect((await ended).payload).toMatchObject({ itemsNotReached: 2 });

    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(minutes.body.meeting).toMatchObject({
      status: 'ended',
      startedOnAnotherDayThan: scheduledFor,
      itemsNotReached: 2,
    });
    expect(minutes.body.items.map((i: { status: string }) => i.status)).toEqual([
      'deferred',
      'pending',
      'pending',
    ]);
  });

  it('starts a meeting on its own day without asking, and ends it without asking once every item is dealt with', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: members.map((m) => m.id) });
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    const base = { meetingId: meeting.meetingId };
    expect(await chairClient.send('meeting.start', base)).toMatchObject({ ok: true });
    for (const itemId of meeting.itemIds)
      expect(
        await chairClient.send('item.defer', { ...base, itemId, reason: 'More information needed' }),
      ).toMatchObject({ ok: true });
    expect(await chairClient.send('meeting.end', base)).toMatchObject({ ok: true });
    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(minutes.body.meeting).toMatchObject({ startedOnAnotherDayThan: null, itemsNotReached: 0 });
  });

  it('corrects a recorded decision’s reasons beside the original, never over it, once the room has moved on and after the meeting; the database refuses to change a correction', async () => {
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    expect(
      await r.chairClient.send('outcome.correct', {
        ...at,
        reasons: 'Too early',
        correctionReason: 'Nothing to correct',
      }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(await r.chairClient.send('voting.open', at)).toMatchObject({ ok: true });
    for (const client of r.memberClients)
      expect(
        await client.send('vote.cast', { ...at, choice: 'agree', reason: 'Two APDR cycles' }),
      ).toMatchObject({ ok: true });
    expect(await r.chairClient.send('voting.close', at)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('votes.reveal', at)).toMatchObject({ ok: true });
    expect(
      await r.chairClient.send('outcome.record', {
        ...at,
        outcome: 'agree',
        reasons: 'Two APDR cycles, needs beyond SEN suport',
        criteriaNotMetReason: 'The test case carries no threshold evidence',
      }),
    ).toMatchObject({ ok: true });
    // The room moves on: the decision is corrected from the agenda, not by going back to it.
    expect(
      await r.chairClient.send('agenda.advance', { meetingId: r.meetingId, itemId: r.itemIds[1] }),
    ).toMatchObject({ ok: true });

    expect(
      await r.memberClients[0]!.send('outcome.correct', {
        ...at,
        reasons: 'Mine',
        correctionReason: 'I think so',
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await r.chairClient.send('outcome.correct', { ...at, reasons: 'Fixed', correctionReason: '' }),
    ).toMatchObject({ ok: false, code: 'validation_failed' });
    const corrected = r.observerClient.waitForEvent((e) => e.type === 'outcome.corrected');
    expect(
      await r.chairClient.send('outcome.correct', {
        ...at,
        reasons: 'Two APDR cycles; needs beyond SEN support',
        correctionReason: 'A typing error in the reasons',
      }),
    ).toMatchObject({ ok: true });
    expect((await corrected).payload).toMatchObject({
      itemId: r.itemId,
      correction: {
        reasons: 'Two APDR cycles; needs beyond SEN support',
        correctionReason: 'A typing error in the reasons',
      },
    });

    expect(
      await r.chairClient.send('meeting.end', { meetingId: r.meetingId, confirmItemsNotReached: true }),
    ).toMatchObject({ ok: true });
    expect(
      await r.chairClient.send('outcome.correct', {
        ...at,
        reasons: 'Two APDR cycles; needs beyond SEN support.',
        conditions: 'Review in 6 months',
        correctionReason: 'The condition agreed was left out',
      }),
    ).toMatchObject({ ok: true });

    const snapshot = await (await connect(members[1]!)).join(r.meetingId);
    const item = snapshot.agenda.find((i) => i.id === r.itemId)!;
    expect(item.outcome).toEqual({
      outcome: 'agree',
      reasons: 'Two APDR cycles, needs beyond SEN suport',
      conditions: null,
    });
    expect(item.corrections.map((c) => c.correctionReason)).toEqual([
      'A typing error in the reasons',
      'The condition agreed was left out',
    ]);
    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${r.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(minutes.body.items[0]).toMatchObject({
      reasons: 'Two APDR cycles, needs beyond SEN suport',
      corrections: [
        { correctionReason: 'A typing error in the reasons' },
        { conditions: 'Review in 6 months' },
      ],
    });
    await expect(
      dataSource.query(`UPDATE decision_corrections SET reasons = 'rewritten' WHERE agenda_item_id = $1`, [
        r.itemId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query(`DELETE FROM decision_corrections WHERE agenda_item_id = $1`, [r.itemId]),
    ).rejects.toThrow(/append-only/);
  });

  it('asks the chair why, before recording an agree with threshold criteria not marked met, and keeps the reason with the decision', async () => {
    const [criterion] = await dataSource.query(
      `INSERT INTO threshold_criteria (item_kind, text, position, active) VALUES ('decision_to_assess', 'Two or more APDR cycles', 90, true) RETURNING id`,
    );
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    expect(await r.chairClient.send('voting.open', at)).toMatchObject({ ok: true });
    for (const client of r.memberClients)
      expect(
        await client.send('vote.cast', { ...at, choice: 'agree', reason: 'Needs beyond SEN support' }),
      ).toMatchObject({ ok: true });
    expect(await r.chairClient.send('voting.close', at)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('votes.reveal', at)).toMatchObject({ ok: true });
    expect(
      await r.chairClient.send('criteria.mark', { ...at, criterionId: criterion.id, met: false }),
    ).toMatchObject({ ok: true });

    const asked = await r.chairClient.send('outcome.record', {
      ...at,
      outcome: 'agree',
      reasons: 'Needs beyond SEN support',
    });
    expect(asked).toMatchObject({
      ok: false,
      code: 'confirmation_required',
      fields: [{ field: 'criteriaNotMetReason' }],
    });
    expect((asked as { message: string }).message).toMatch(/threshold criteria (is|are) not marked met/);
    expect(
      (await dataSource.query(`SELECT status FROM agenda_items WHERE id = $1`, [r.itemId]))[0].status,
    ).toBe('in_discussion');

    const recorded = r.observerClient.waitForEvent((e) => e.type === 'outcome.recorded');
    const why = 'Only one APDR cycle, but the EP advice shows needs no cycle of SEN support would meet';
    expect(
      await r.chairClient.send('outcome.record', {
        ...at,
        outcome: 'agree',
        reasons: 'Needs beyond SEN support',
        criteriaNotMetReason: why,
      }),
    ).toMatchObject({ ok: true });
    expect((await recorded).payload).toMatchObject({ outcome: 'agree', criteriaNotMetReason: why });
    expect(
      await r.chairClient.send('meeting.end', { meetingId: r.meetingId, confirmItemsNotReached: true }),
    ).toMatchObject({ ok: true });
    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${r.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(minutes.body.items[0]).toMatchObject({ outcome: 'agree', criteriaNotMetReason: why });
    await dataSource.query(`UPDATE threshold_criteria SET active = false WHERE id = $1`, [criterion.id]);
  });

  it('records a refusal with threshold criteria not met without asking: only findings that the thresholds are met need a reason', async () => {
    const [criterion] = await dataSource.query(
      `INSERT INTO threshold_criteria (item_kind, text, position, active) VALUES ('decision_to_assess', 'Evidence of SEN support', 91, true) RETURNING id`,
    );
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    expect(await r.chairClient.send('voting.open', at)).toMatchObject({ ok: true });
    for (const client of r.memberClients)
      expect(
        await client.send('vote.cast', { ...at, choice: 'refuse', reason: 'No SEN support yet' }),
      ).toMatchObject({ ok: true });
    expect(await r.chairClient.send('voting.close', at)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('votes.reveal', at)).toMatchObject({ ok: true });
    expect(
      await r.chairClient.send('outcome.record', {
        ...at,
        outcome: 'refuse',
        reasons: 'No cycle of SEN support has been tried',
      }),
    ).toMatchObject({ ok: true });
    await dataSource.query(`UPDATE threshold_criteria SET active = false WHERE id = $1`, [criterion.id]);
  });
  it('lets the chair invite a late attendee once the meeting is under way: the room sees them at once, and they join, are present and vote', async () => {
    const r = await room();
    const base = { meetingId: r.meetingId };
    const locum = await aUser(dataSource, { roles: ['panel_member'] });
    const locumClient = await seats.connectWith(await signIn(test, locum));
    await expect(locumClient.join(r.meetingId)).rejects.toThrow(/meeting_not_found/);

    // Only the chair, in a part the room knows, for someone who exists.
    expect(
      await r.memberClients[0]!.send('member.invite', { ...base, userId: locum.id, role: 'member' }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await r.chairClient.send('member.invite', { ...base, userId: locum.id, role: 'chair' }),
    ).toMatchObject({ ok: false, code: 'validation_failed', fields: [{ field: 'role' }] });
    expect(
      await r.chairClient.send('member.invite', {
        ...base,
        userId: '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60',
        role: 'member',
      }),
    ).toMatchObject({ ok: false, code: 'validation_failed', fields: [{ field: 'userId' }] });

    const invited = r.observerClient.waitForEvent((e) => e.type === 'member.invited');
    expect(
      await r.chairClient.send('member.invite', { ...base, userId: locum.id, role: 'member' }),
    ).toMatchObject({ ok: true });
    expect((await invited).payload).toEqual({
      member: { userId: locum.id, displayName: 'Test panel_member', role: 'member', attendance: 'expected' },
    });
    expect(
      await r.chairClient.send('member.invite', { ...base, userId: locum.id, role: 'observer' }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });

    // They join the meeting as it stands, and are marked present; everyone sees them arrive.
    const arrived = r.chairClient.waitForEvent(
      (e) => e.type === 'attendance.marked' && (e.payload as { userId: string }).userId === locum.id,
    );
    const joined = await locumClient.join(r.meetingId);
    expect(joined.you).toEqual({ userId: locum.id, role: 'member' });
    expect(joined.meeting.currentItemId).toBe(r.itemId);
    expect(joined.members.find((m) => m.userId === locum.id)).toMatchObject({ attendance: 'present' });
    expect((await arrived).payload).toEqual({ userId: locum.id, attendance: 'present' });

    const at = { ...base, itemId: r.itemId };
    expect(await r.chairClient.send('voting.open', at)).toMatchObject({ ok: true });
    const voted = r.observerClient.waitForEvent((e) => e.type === 'vote.cast');
    expect(
      await locumClient.send('vote.cast', { ...at, choice: 'agree', reason: 'The EP advice shows it' }),
    ).toMatchObject({ ok: true });
    expect((await voted).payload).toMatchObject({ voterId: locum.id, votedCount: 1 });

    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE entity_id = $1 AND action = 'member.invite'`,
      [r.meetingId],
    );
    expect(audit).toEqual([{ actor_id: chair.id, after: { userId: locum.id, role: 'member' } }]);
    expect(await r.chairClient.send('voting.close', at)).toMatchObject({ ok: true });
    expect(await r.chairClient.send('meeting.end', { ...base, confirmItemsNotReached: true })).toMatchObject({
      ok: true,
    });
    const another = await aUser(dataSource, { roles: ['observer'] });
    expect(
      await r.chairClient.send('member.invite', { ...base, userId: another.id, role: 'observer' }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
  });
});
