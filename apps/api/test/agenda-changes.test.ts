import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe('the chair adding cases to the agenda and withdrawing them, live', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let member: TestUser;
  let observer: TestUser;
  let flo: TestUser;
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];

  const connect = async (user: TestUser, meetingId: string) => {
    const client = await MeetingClient.connect(test.baseUrl, cookies.get(user.id)!);
    clients.push(client);
    await client.join(meetingId);
    return client;
  };
  const itemCount = async (meetingId: string) =>
    Number(
      (await dataSource.query(`SELECT count(*) FROM agenda_items WHERE meeting_id = $1`, [meetingId]))[0]
        .count,
    );

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair'] });
    member = await aUser(dataSource, { roles: ['panel_member'] });
    observer = await aUser(dataSource, { roles: ['observer'] });
    flo = await aUser(dataSource, { roles: ['presenter'] });
    for (const user of [chair, member, observer, flo]) cookies.set(user.id, await signIn(test, user));
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  it('adds a case by its reference at the end of the agenda, presented and seen by everyone at once', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: [member.id] });
    const newCase = await aCase(dataSource, { flo: flo.id });
    const chairClient = await connect(chair, meeting.meetingId);
    const memberClient = await connect(member, meeting.meetingId);

    const ack = await chairClient.send('agenda.add', {
      meetingId: meeting.meetingId,
      caseReference: newCase.reference,
      kind: 'decision_to_assess',
    });
    expect(ack).toMatchObject({ ok: true });
    const event = await memberClient.waitForEvent((e) => e.type === 'agenda.item_added');
    expect(event.payload).toMatchObject({
      item: {
        position: 2,
        caseReference: newCase.reference,
        requestId: newCase.requestId,
        presenter: { id: flo.id },
        status: 'pending',
      },
    });
    expect((event.payload as { item: { criteria: unknown[] } }).item.criteria.length).toBeGreaterThan(0);
    // The Family Link Officer is invited, and can join to present.
    const presenter = await connect(flo, meeting.meetingId);
    const snapshot = await presenter.join(meeting.meetingId);
    expect(snapshot.agenda.map((i) => i.caseReference)).toContain(newCase.reference);
    expect(snapshot.you.role).toBe('presenter');
  });

  it('names what is wrong with a case that cannot be added, and adds nothing', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: [member.id] });
    const chairClient = await connect(chair, meeting.meetingId);
    const memberClient = await connect(member, meeting.meetingId);
    const received = await aCase(dataSource);
    const before = await itemCount(meeting.meetingId);
    const add = (client: MeetingClient, payload: object) =>
      client.send('agenda.add', { meetingId: meeting.meetingId, ...payload });

    expect(
      await add(chairClient, { caseReference: 'EHC-NOPE-0000', kind: 'decision_to_assess' }),
    ).toMatchObject({ ok: false, code: 'validation_failed', fields: [{ field: 'caseReference' }] });
    expect(
      await add(chairClient, { caseReference: received.reference, kind: 'decision_to_issue' }),
    ).toMatchObject({ ok: false, code: 'validation_failed', fields: [{ field: 'kind' }] });
    expect(
      await add(chairClient, { caseReference: received.reference, kind: 'placement_change' }),
    ).toMatchObject({ ok: false, fields: [{ field: 'kind' }] });
    expect(await add(chairClient, { caseReference: received.reference, kind: 'dip_sample' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
    expect(
      await add(memberClient, { caseReference: received.reference, kind: 'decision_to_assess' }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await itemCount(meeting.meetingId)).toBe(before);

    expect(
      await add(chairClient, { caseReference: received.reference, kind: 'decision_to_assess' }),
    ).toMatchObject({ ok: true });
    expect(
      await add(chairClient, { caseReference: received.reference, kind: 'decision_to_assess' }),
    ).toMatchObject({ ok: false, fields: [{ field: 'caseReference' }] });
    expect(await itemCount(meeting.meetingId)).toBe(before + 1);
  });

  it('withdraws an item not yet voted on, keeps it in the minutes with the reason, and refuses anything more on it', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: [member.id], items: [{}, {}] });
    const [first, second] = meeting.itemIds as [string, string];
    const chairClient = await connect(chair, meeting.meetingId);
    const memberClient = await connect(member, meeting.meetingId);
    await chairClient.send('meeting.start', { meetingId: meeting.meetingId });
    await chairClient.send('agenda.advance', { meetingId: meeting.meetingId, itemId: first });
    await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: first });

    expect(
      await chairClient.send('agenda.withdraw', {
        meetingId: meeting.meetingId,
        itemId: first,
        reason: 'Family asked to withdraw',
      }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(
      await memberClient.send('agenda.withdraw', {
        meetingId: meeting.meetingId,
        itemId: second,
        reason: 'Family asked to withdraw',
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await chairClient.send('agenda.withdraw', { meetingId: meeting.meetingId, itemId: second, reason: '' }),
    ).toMatchObject({ ok: false, fields: [{ field: 'reason' }] });
    expect(
      await chairClient.send('agenda.withdraw', {
        meetingId: meeting.meetingId,
        itemId: second,
        reason: 'The family has withdrawn the request',
      }),
    ).toMatchObject({ ok: true });
    const event = await memberClient.waitForEvent((e) => e.type === 'agenda.item_withdrawn');
    expect(event.payload).toEqual({ itemId: second, reason: 'The family has withdrawn the request' });
    expect(
      await chairClient.send('agenda.advance', { meetingId: meeting.meetingId, itemId: second }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(
      await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: second }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });

    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${meeting.meetingId}/minutes`)
      .set('Cookie', cookies.get(chair.id)!)
      .expect(200);
    expect(minutes.body.items[1]).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'The family has withdrawn the request',
    });
    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE entity_id = $1 AND entity_type = 'agenda_item'`,
      [second],
    );
    expect(audit).toEqual([
      { actor_id: chair.id, after: { status: 'withdrawn', reason: 'The family has withdrawn the request' } },
    ]);
  });

  it('sends a restricted item without its case, which members entitled to it read from their snapshot', async () => {
    const meeting = await aMeeting(dataSource, {
      kind: 'dmg_children_in_care',
      chair: chair.id,
      members: [member.id],
      observers: [observer.id],
    });
    const inCare = await aCase(dataSource);
    const chairClient = await connect(chair, meeting.meetingId);
    const observerClient = await connect(observer, meeting.meetingId);
    expect(
      await chairClient.send('agenda.add', {
        meetingId: meeting.meetingId,
        caseReference: inCare.reference,
        kind: 'decision_to_assess',
      }),
    ).toMatchObject({ ok: true });
    const event = await observerClient.waitForEvent((e) => e.type === 'agenda.item_added');
    expect(event.payload).toMatchObject({ item: { restricted: true, caseReference: null, childId: null } });
    expect(JSON.stringify(observerClient.frames)).not.toContain(inCare.reference);
    const memberSnapshot = await (await connect(member, meeting.meetingId)).join(meeting.meetingId);
    expect(memberSnapshot.agenda.at(-1)).toMatchObject({ restricted: true, caseReference: inCare.reference });
  });
});
