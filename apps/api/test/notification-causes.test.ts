import type { NotificationList, NotificationNew } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Notifier } from '../src/notifications/notifier.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe('who is told of what, written with the change that causes it', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];
  const http = () => request(test.app.getHttpServer());

  const cookieOf = async (user: TestUser) => {
    if (!cookies.has(user.id)) cookies.set(user.id, await signIn(test, user));
    return cookies.get(user.id)!;
  };
  const connect = async (user: TestUser) => {
    const client = await MeetingClient.connect(test.baseUrl, await cookieOf(user));
    clients.push(client);
    return client;
  };
  const notificationsOf = async (user: TestUser): Promise<NotificationList> =>
    (
      await http()
        .get('/api/notifications')
        .set('Cookie', await cookieOf(user))
        .expect(200)
    ).body;
  /** What a deactivated user could not read for themselves: counted in the database. */
  const storedFor = async (userId: string) =>
    (await dataSource.query(`SELECT kind FROM notifications WHERE recipient_id = $1`, [userId])).map(
      (r: { kind: string }) => r.kind,
    );
  const emailsTo = async (userId: string) =>
    dataSource.query(
      `SELECT kind, subject, body_text, body_html, ics FROM outbound_messages WHERE recipient_id = $1`,
      [userId],
    );
  const deactivate = (user: TestUser) =>
    dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
  const nextPush = (client: MeetingClient) =>
    new Promise<NotificationNew>((resolve) => client.socket.once('notification.new', resolve));

  beforeAll(async () => {
    test = await startListeningTestApp({ NOTIFICATION_WORKERS: 'off' });
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair'] });
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  it('voting opened: each voting member is told once, live in their own room; observers and deactivated members are not', async () => {
    const voter = await aUser(dataSource);
    const gone = await aUser(dataSource);
    const observer = await aUser(dataSource, { roles: ['observer'] });
    const meeting = await aMeeting(dataSource, {
      chair: chair.id,
      members: [voter.id, gone.id],
      observers: [observer.id],
    });
    const [{ case_reference: reference }] = await dataSource.query(
      `SELECT c.case_reference FROM agenda_items a JOIN ehc_requests r ON r.id = a.request_id
         JOIN children c ON c.id = r.child_id WHERE a.id = $1`,
      [meeting.itemIds[0]],
    );
    await cookieOf(gone);
    await deactivate(gone);
    const chairClient = await connect(chair);
    const voterClient = await connect(voter);
    const pushed = nextPush(voterClient);
    await chairClient.join(meeting.meetingId);
    await chairClient.send('meeting.start', { meetingId: meeting.meetingId });
    await chairClient.send('agenda.advance', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });
    expect(
      await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
    ).toMatchObject({ ok: true });

    const live = await pushed;
    expect(live).toMatchObject({
      unreadCount: 1,
      notification: { kind: 'voting_waiting', subjectRef: reference },
    });
    const list = await notificationsOf(voter);
    expect(list.unreadCount).toBe(1);
    expect(list.items).toEqual([live.notification]);
    expect(list.items[0]!.title).toBe(`Voting is open on ${reference}: Test panel`);
    expect(await emailsTo(voter.id)).toHaveLength(1);
    expect((await notificationsOf(observer)).items).toEqual([]);
    expect((await notificationsOf(chair)).items).toEqual([]);
    expect(await storedFor(gone.id)).toEqual([]);
  });

  /** A Decision-Making Group with its first item's case owned by a new Family Link Officer, voted on and revealed. */
  async function revealedItemOfAFamilyLinkOfficer(choice: string) {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    const voters = [await aUser(dataSource), await aUser(dataSource), await aUser(dataSource)];
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: voters.map((v) => v.id) });
    // An UPDATE answers [rows, count].
    const [[{ case_reference: reference }]] = await dataSource.query(
      `UPDATE children c SET family_link_officer_id = $2 FROM agenda_items a JOIN ehc_requests r ON r.id = a.request_id
        WHERE a.id = $1 AND c.id = r.child_id RETURNING c.case_reference`,
      [meeting.itemIds[0], flo.id],
    );
    const chairClient = await connect(chair);
    const voterClients = await Promise.all(voters.map(connect));
    await chairClient.join(meeting.meetingId);
    for (const client of voterClients) await client.join(meeting.meetingId);
    const { meetingId } = meeting;
    const itemId = meeting.itemIds[0]!;
    await chairClient.send('meeting.start', { meetingId });
    await chairClient.send('agenda.advance', { meetingId, itemId });
    await chairClient.send('voting.open', { meetingId, itemId });
    for (const client of voterClients)
      await client.send('vote.cast', { meetingId, itemId, choice, reason: 'Weighed the evidence' });
    expect(await chairClient.send('voting.close', { meetingId, itemId })).toMatchObject({ ok: true });
    await chairClient.send('votes.reveal', { meetingId, itemId });
    return { flo, reference: reference as string, chairClient, meetingId, itemId };
  }

  it('case decided: the case’s Family Link Officer is told once, by reference, never by the child’s name', async () => {
    const { flo, reference, chairClient, meetingId, itemId } =
      await revealedItemOfAFamilyLinkOfficer('agree');
    const refused = await chairClient.send('outcome.record', {
      meetingId,
      itemId,
      outcome: 'agree',
      reasons: '',
    });
    expect(refused).toMatchObject({ ok: false });
    expect(await storedFor(flo.id)).toEqual([]);
    expect(
      await chairClient.send('outcome.record', {
        meetingId,
        itemId,
        outcome: 'agree',
        reasons: 'Needs exceed ordinarily available provision',
        criteriaNotMetReason: 'No threshold evidence in the test case',
      }),
    ).toMatchObject({ ok: true });

    const list = await notificationsOf(flo);
    expect(list.items.map((n) => [n.kind, n.title])).toEqual([
      ['case_decided', `Your case ${reference} was decided: agree`],
    ]);
    const [email] = await emailsTo(flo.id);
    expect(email.subject).toBe(`Convene: Your case ${reference} was decided: agree`);
    for (const part of [email.subject, email.body_text, email.body_html]) {
      expect(part).not.toMatch(/Wobbly|Testcase|2016-05-04|4 May 2016/);
    }
    expect(email.body_text).toContain('/sign-in?next=');
    expect(email.body_text).not.toContain('letter to the family');
  });

  it('case refused: the Family Link Officer is told the letter to the family waits for them, not sent by email', async () => {
    const { flo, reference, chairClient, meetingId, itemId } =
      await revealedItemOfAFamilyLinkOfficer('refuse');
    expect(
      await chairClient.send('outcome.record', {
        meetingId,
        itemId,
        outcome: 'refuse',
        reasons: 'Needs can be met from the school’s own resources',
      }),
    ).toMatchObject({ ok: true });

    const [email] = await emailsTo(flo.id);
    expect(email.subject).toBe(`Convene: Your case ${reference} was decided: refuse`);
    expect(email.body_text).toContain('The letter to the family');
    expect(email.body_text).toContain('not attached here because it names the child');
    expect(email.body_text).not.toMatch(/Wobbly|Testcase|2016-05-04|4 May 2016/);
  });

  it('advice triaged: the team’s active representatives are told; pushed back: the Designated Clinical Officers', async () => {
    const dco = await aUser(dataSource, { roles: ['dco'], agencyCode: 'health-dco', agencyKind: 'health' });
    const formerDco = await aUser(dataSource, {
      roles: ['dco'],
      agencyCode: 'health-dco',
      agencyKind: 'health',
    });
    const salt = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    const leftSalt = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    const ot = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'ot',
      agencyKind: 'health',
    });
    await deactivate(leftSalt);
    await deactivate(formerDco);
    const saltTeam = await anAgency(dataSource, 'salt', 'health');
    const meeting = await aMeeting(dataSource, {
      kind: 'health_gateway',
      chair: dco.id,
      members: [salt.id, ot.id],
      items: [{ kind: 'advice_triage' }],
    });
    const { meetingId } = meeting;
    const itemId = meeting.itemIds[0]!;
    await dataSource.query(
      `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status)
       SELECT request_id, 'health', current_date, 'awaiting_triage' FROM agenda_items WHERE id = $1`,
      [itemId],
    );
    const dcoClient = await connect(dco);
    await dcoClient.join(meetingId);
    await dcoClient.send('meeting.start', { meetingId });
    expect(
      await dcoClient.send('advice.triage', {
        meetingId,
        itemId,
        teamIds: [saltTeam],
        response: 'full_advice',
        priority: 'routine',
      }),
    ).toMatchObject({ ok: true });

    const told = await notificationsOf(salt);
    expect(told.items.map((n) => n.kind)).toEqual(['advice_triaged']);
    expect(told.items[0]!.title).toMatch(/^Advice for EHC-T-\w+ was triaged to Agency salt$/);
    expect(await storedFor(leftSalt.id)).toEqual([]);
    expect((await notificationsOf(ot)).items).toEqual([]);

    const saltClient = await connect(salt);
    await saltClient.join(meetingId);
    const [{ id: adviceRequestId }] = await dataSource.query(
      `SELECT a.id FROM advice_requests a JOIN agenda_items i ON i.request_id = a.request_id WHERE i.id = $1`,
      [itemId],
    );
    expect(
      await saltClient.send('advice.respond', {
        meetingId,
        itemId,
        adviceRequestId,
        accept: false,
        reason: 'Not a speech and language need',
      }),
    ).toMatchObject({ ok: true });
    const dcoList = await notificationsOf(dco);
    expect(dcoList.items.map((n) => n.kind)).toEqual(['advice_pushed_back']);
    // Free text typed by a person never goes into a notification: it could name the child.
    expect(JSON.stringify(dcoList)).not.toContain('speech and language need');
    expect(await storedFor(formerDco.id)).toEqual([]);
  });

  it('agenda changed before the meeting: its other members are told, with the meeting for their calendar; not once it has started', async () => {
    const member = await aUser(dataSource);
    const gone = await aUser(dataSource);
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: [member.id, gone.id] });
    await dataSource.query(
      `UPDATE meetings SET starts_at = now() + interval '2 days', ends_at = now() + interval '2 days 3 hours' WHERE id = $1`,
      [meeting.meetingId],
    );
    await deactivate(gone);
    const { reference } = await aCase(dataSource);
    const chairClient = await connect(chair);
    await chairClient.join(meeting.meetingId);
    expect(
      await chairClient.send('agenda.add', {
        meetingId: meeting.meetingId,
        caseReference: reference,
        kind: 'decision_to_assess',
      }),
    ).toMatchObject({ ok: true });

    const list = await notificationsOf(member);
    expect(list.items.map((n) => [n.kind, n.title, n.linkPath])).toEqual([
      ['agenda_ready', 'The agenda has changed: Test panel', `/meetings/${meeting.meetingId}`],
    ]);
    const [email] = await emailsTo(member.id);
    expect(email.ics).toContain(`UID:${meeting.meetingId}@convene`);
    expect(email.body_text).toContain('It has 2 items.');
    expect(await storedFor(chair.id)).toEqual([]);
    expect(await storedFor(gone.id)).toEqual([]);

    expect(
      await chairClient.send('meeting.start', { meetingId: meeting.meetingId, confirmOtherDay: true }),
    ).toMatchObject({ ok: true });
    const another = await aCase(dataSource);
    expect(
      await chairClient.send('agenda.add', {
        meetingId: meeting.meetingId,
        caseReference: another.reference,
        kind: 'decision_to_assess',
      }),
    ).toMatchObject({ ok: true });
    expect((await notificationsOf(member)).items).toHaveLength(1);
  });

  it('dip sample drawn for a meeting: its members who score are told it waits for their scores', async () => {
    const reviewer = await aUser(dataSource, { roles: ['qa_reviewer'] });
    const observer = await aUser(dataSource, { roles: ['observer'] });
    const meeting = await aMeeting(dataSource, {
      kind: 'quality',
      chair: chair.id,
      members: [reviewer.id],
      observers: [observer.id],
      items: [],
    });
    for (let i = 0; i < 3; i++) {
      const { requestId } = await aCase(dataSource);
      await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [requestId]);
    }
    const { body: sample } = await http()
      .post('/api/quality/dip-samples')
      .set('Cookie', await cookieOf(chair))
      .send({ tier: 'multiagency', size: 2, meetingId: meeting.meetingId })
      .expect(201);
    const list = await notificationsOf(reviewer);
    expect(list.items.map((n) => [n.kind, n.title, n.linkPath])).toEqual([
      [
        'dip_sample_waiting',
        'A dip sample waits for your scores: Test panel',
        `/quality/dip-samples/${sample.id}`,
      ],
    ]);
    expect((await notificationsOf(observer)).items).toEqual([]);
  });

  it('failed sign-ins: the account’s owner is told at the fifth failure in a row, once', async () => {
    const owner = await aUser(dataSource);
    for (let i = 0; i < 6; i++)
      await http()
        .post('/api/auth/sign-in')
        .send({ email: owner.email, password: `wrong ${i}` });
    const stored = await dataSource.query(`SELECT kind, title FROM notifications WHERE recipient_id = $1`, [
      owner.id,
    ]);
    expect(stored).toEqual([
      { kind: 'sign_in_failures', title: 'Someone failed to sign in to your account several times' },
    ]);
  });

  it('a change that rolls back tells no one, and a cause tells each person once however often it is seen', async () => {
    const person = await aUser(dataSource, { roles: ['presenter'] });
    const notifier = test.app.get(Notifier);
    const notice = {
      kind: 'case_decided' as const,
      causeKey: 'case-decided:rolled-back',
      recipientIds: [person.id],
      subjectRef: 'EHC-T-ROLLED',
      linkPath: '/cases',
      facts: {
        caseReference: 'EHC-T-ROLLED',
        decision: 'decision to assess',
        outcome: 'agree',
        letter: false,
      },
    };
    await expect(
      dataSource.transaction(async (manager) => {
        await notifier.notify(manager, notice);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await storedFor(person.id)).toEqual([]);
    expect(await emailsTo(person.id)).toEqual([]);

    const told = await dataSource.transaction((manager) => notifier.notify(manager, notice));
    const again = await dataSource.transaction((manager) => notifier.notify(manager, notice));
    expect([told, again]).toEqual([1, 0]);
    expect(await emailsTo(person.id)).toHaveLength(1);
  });
});
