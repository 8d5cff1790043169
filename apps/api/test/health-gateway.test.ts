import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/** The smallest PNG: an advice scanned as an image is accepted like a PDF. */
const A_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the Health Gateway', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let dco: TestUser;
  let chair: TestUser;
  let saltRep: TestUser;
  let otRep: TestUser;
  let physioRep: TestUser;
  const teams: Record<string, string> = {};
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    dco = await aUser(dataSource, { roles: ['dco'], agencyCode: 'health-dco', agencyKind: 'health' });
    chair = await aUser(dataSource, { roles: ['chair'] });
    saltRep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    otRep = await aUser(dataSource, { roles: ['health_team_rep'], agencyCode: 'ot', agencyKind: 'health' });
    physioRep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'physio',
      agencyKind: 'health',
    });
    for (const code of ['salt', 'ot', 'physio']) teams[code] = await anAgency(dataSource, code, 'health');
    for (const user of [dco, chair, saltRep, otRep, physioRep])
      cookies.set(user.id, await signIn(test, user));
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  const connect = async (user: TestUser, meetingId: string) => {
    const client = await MeetingClient.connect(test.baseUrl, cookies.get(user.id)!);
    clients.push(client);
    await client.join(meetingId);
    return client;
  };

  it('asks for health advice when the panel agrees to assess, triages it live to two teams, and records each team’s answer and a move', async () => {
    const child = await aCase(dataSource, { receivedOn: addDays(todayInEngland(), -20) });
    await http()
      .post(`/api/requests/${child.requestId}/transitions`)
      .set('Cookie', cookies.get(chair.id)!)
      .send({ to: 'assessment', occurredOn: todayInEngland() })
      .expect(200);
    const [awaiting] = await dataSource.query(
      `SELECT status, requested_on FROM advice_requests WHERE request_id = $1 AND advice_kind = 'health'`,
      [child.requestId],
    );
    expect(awaiting).toEqual({ status: 'awaiting_triage', requested_on: todayInEngland() });

    // The DCO's gateway: its agenda is every child awaiting triage.
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('health_gateway', 'Health Gateway') RETURNING id`,
    );
    for (const [user, role] of [
      [dco, 'chair'],
      [saltRep, 'member'],
      [otRep, 'member'],
      [physioRep, 'member'],
    ] as const) {
      await dataSource.query(
        `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3)`,
        [group.id, user.id, role],
      );
    }
    const starts = new Date(Date.now() + 60_000);
    const { body: arranged } = await http()
      .post('/api/meetings')
      .set('Cookie', cookies.get(dco.id)!)
      .send({
        kind: 'health_gateway',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
      })
      .expect(201);
    const dcoClient = await connect(dco, arranged.id);
    const salt = await connect(saltRep, arranged.id);
    const ot = await connect(otRep, arranged.id);
    const snapshot = await dcoClient.join(arranged.id);
    const item = snapshot.agenda.find((i) => i.requestId === child.requestId)!;
    expect(item).toMatchObject({ kind: 'advice_triage', advice: [] });
    const meetingId = arranged.id;
    await dcoClient.send('meeting.start', { meetingId });

    const triage = (payload: object) =>
      dcoClient.send('advice.triage', {
        meetingId,
        itemId: item.id,
        response: 'full_advice',
        priority: 'routine',
        ...payload,
      });
    expect(await triage({ teamIds: [teams.salt, chair.agencyId] })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [{ field: 'teamIds' }],
    });
    expect(
      await salt.send('advice.triage', {
        meetingId,
        itemId: item.id,
        teamIds: [teams.salt],
        response: 'full_advice',
        priority: 'routine',
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await triage({ teamIds: [teams.salt, teams.ot] })).toMatchObject({ ok: true });
    const triaged = await dcoClient.waitForEvent((e) => e.type === 'advice.triaged');
    // A team's representative is told only that the item's advice changed, and reads what is theirs afresh.
    const toSalt = await salt.waitForEvent((e) => e.sequence === triaged.sequence);
    expect(toSalt).toMatchObject({ type: 'advice.changed', payload: { itemId: item.id } });
    const saltView = (await salt.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(saltView).toMatchObject({ caseReference: child.reference, forAnotherTeam: false });
    const assignments = (
      triaged.payload as {
        assignments: { adviceRequestId: string; team: { id: string }; dueOn: string; teamResponse: string }[];
      }
    ).assignments;
    expect(assignments.map((a) => a.team.id).sort()).toEqual([teams.salt, teams.ot].sort());
    expect(
      assignments.every((a) => a.dueOn === addDays(todayInEngland(), 42) && a.teamResponse === 'pending'),
    ).toBe(true);
    expect(await triage({ teamIds: [teams.physio] })).toMatchObject({ ok: false, code: 'wrong_state' });

    const saltAdvice = assignments.find((a) => a.team.id === teams.salt)!.adviceRequestId;
    const otAdvice = assignments.find((a) => a.team.id === teams.ot)!.adviceRequestId;
    expect(
      await salt.send('advice.respond', {
        meetingId,
        itemId: item.id,
        adviceRequestId: otAdvice,
        accept: true,
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await salt.send('advice.respond', {
        meetingId,
        itemId: item.id,
        adviceRequestId: saltAdvice,
        accept: true,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await ot.send('advice.respond', {
        meetingId,
        itemId: item.id,
        adviceRequestId: otAdvice,
        accept: false,
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'reason' }] });
    expect(
      await ot.send('advice.respond', {
        meetingId,
        itemId: item.id,
        adviceRequestId: otAdvice,
        accept: false,
        reason: 'Motor needs: physiotherapy, not OT',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await dcoClient.send('advice.reassign', {
        meetingId,
        itemId: item.id,
        adviceRequestId: otAdvice,
        teamId: teams.salt,
        reason: 'x'.repeat(5),
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'teamId' }] });
    expect(
      await dcoClient.send('advice.reassign', {
        meetingId,
        itemId: item.id,
        adviceRequestId: otAdvice,
        teamId: teams.physio,
        reason: 'Pushed back by OT',
      }),
    ).toMatchObject({ ok: true });

    const later = await connect(physioRep, meetingId);
    const now = (await later.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(now.status).toBe('decided');
    expect(now.advice!.map((a) => [a.team.id, a.teamResponse, a.reassignments]).sort()).toEqual(
      [
        [teams.salt, 'accepted', 0],
        [teams.physio, 'pending', 1],
      ].sort(),
    );
    const audit = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE entity_type = 'advice_request' AND meeting_id = $1`,
      [meetingId],
    );
    expect(audit[0].n).toBe(4);
  });

  it('shows a health team representative only the items triaged to their team, live, after a move and in the minutes', async () => {
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('health_gateway', 'Gateway', now(), now() + interval '2 hours') RETURNING id`,
    );
    const meetingId = meeting.id as string;
    await dataSource.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member'), ($1, $4, 'member')`,
      [meetingId, dco.id, saltRep.id, otRep.id],
    );
    const children = [await aCase(dataSource), await aCase(dataSource)];
    const itemIds: string[] = [];
    for (const [index, child] of children.entries()) {
      await dataSource.query(
        `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status) VALUES ($1, 'health', $2, 'awaiting_triage')`,
        [child.requestId, todayInEngland()],
      );
      const [row] = await dataSource.query(
        `INSERT INTO agenda_items (meeting_id, position, kind, request_id) VALUES ($1, $2, 'advice_triage', $3) RETURNING id`,
        [meetingId, index + 1, child.requestId],
      );
      itemIds.push(row.id);
    }
    const [first, second] = itemIds as [string, string];
    const dcoClient = await connect(dco, meetingId);
    const salt = await connect(saltRep, meetingId);
    const ot = await connect(otRep, meetingId);
    const seen = async (client: MeetingClient) =>
      Object.fromEntries(
        (await client.join(meetingId)).agenda.map((i) => [
          i.id,
          { caseReference: i.caseReference, requestId: i.requestId, forAnotherTeam: i.forAnotherTeam },
        ]),
      );
    const hidden = { caseReference: null, requestId: null, forAnotherTeam: true };
    const shown = (n: 0 | 1) => ({
      caseReference: children[n]!.reference,
      requestId: children[n]!.requestId,
      forAnotherTeam: false,
    });

    // Before triage, no item is any team's.
    expect(await seen(salt)).toEqual({ [first]: hidden, [second]: hidden });
    expect((await seen(dcoClient))[first]).toEqual(shown(0));

    await dcoClient.send('meeting.start', { meetingId });
    const triage = {
      meetingId,
      itemId: first,
      teamIds: [teams.salt],
      response: 'full_advice',
      priority: 'routine',
    };
    expect(await dcoClient.send('advice.triage', triage)).toMatchObject({ ok: true });
    const triaged = await dcoClient.waitForEvent((e) => e.type === 'advice.triaged');
    const adviceId = (triaged.payload as { assignments: { adviceRequestId: string }[] }).assignments[0]!
      .adviceRequestId;
    // The other team is told something changed on item 1, without the advice's id or the case.
    const toOt = await ot.waitForEvent((e) => e.sequence === triaged.sequence);
    expect(toOt.type).toBe('advice.changed');
    expect(JSON.stringify(toOt)).not.toContain(adviceId);
    expect(JSON.stringify(toOt)).not.toContain(children[0]!.reference);
    expect(await seen(salt)).toEqual({ [first]: shown(0), [second]: hidden });
    expect(await seen(ot)).toEqual({ [first]: hidden, [second]: hidden });

    // Moved to OT: the case leaves SALT's view and appears in OT's.
    expect(
      await dcoClient.send('advice.reassign', {
        meetingId,
        itemId: first,
        adviceRequestId: adviceId,
        teamId: teams.ot,
        reason: 'Motor needs: OT first',
      }),
    ).toMatchObject({ ok: true });
    const moved = await dcoClient.waitForEvent((e) => e.type === 'advice.reassigned');
    await salt.waitForEvent((e) => e.sequence === moved.sequence && e.type === 'advice.changed');
    expect(await seen(salt)).toEqual({ [first]: hidden, [second]: hidden });
    expect(await seen(ot)).toEqual({ [first]: shown(0), [second]: hidden });

    // The minutes, read by SALT after the meeting, show both as items for another team, without reasons.
    const minutes = await http()
      .get(`/api/meetings/${meetingId}/minutes`)
      .set('Cookie', cookies.get(saltRep.id)!)
      .expect(200);
    expect(minutes.body.items).toEqual([
      expect.objectContaining({ position: 1, caseReference: null, forAnotherTeam: true, reasons: '' }),
      expect.objectContaining({ position: 2, caseReference: null, forAnotherTeam: true }),
    ]);
    const csv = await http()
      .get(`/api/meetings/${meetingId}/minutes.csv`)
      .set('Cookie', cookies.get(saltRep.id)!)
      .expect(200);
    expect(csv.text).toContain('an item for another team');
    for (const child of children) {
      expect(JSON.stringify(minutes.body)).not.toContain(child.reference);
      expect(csv.text).not.toContain(child.reference);
    }
    const theirs = await http()
      .get(`/api/meetings/${meetingId}/minutes`)
      .set('Cookie', cookies.get(otRep.id)!)
      .expect(200);
    expect(theirs.body.items[0]).toMatchObject({
      caseReference: children[0]!.reference,
      forAnotherTeam: false,
    });
  });

  it('records health funding assurance at the gateway: health agrees its contribution to a plan, with reasons', async () => {
    const withPlan = await aCase(dataSource, { receivedOn: '2026-01-12' });
    await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [
      withPlan.requestId,
    ]);
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('health_gateway', 'Gateway', now(), now() + interval '2 hours') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member')`,
      [meeting.id, dco.id, saltRep.id],
    );
    const dcoClient = await connect(dco, meeting.id);
    await dcoClient.send('meeting.start', { meetingId: meeting.id });
    expect(
      await dcoClient.send('agenda.add', {
        meetingId: meeting.id,
        caseReference: withPlan.reference,
        kind: 'decision_to_assess',
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'kind' }] });
    const noPlan = await aCase(dataSource);
    expect(
      await dcoClient.send('agenda.add', {
        meetingId: meeting.id,
        caseReference: noPlan.reference,
        kind: 'health_funding',
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'kind' }] });
    expect(
      await dcoClient.send('agenda.add', {
        meetingId: meeting.id,
        caseReference: withPlan.reference,
        kind: 'health_funding',
      }),
    ).toMatchObject({ ok: true });
    const item = (await dcoClient.join(meeting.id)).agenda.find((i) => i.kind === 'health_funding')!;
    expect(item).toMatchObject({
      caseReference: withPlan.reference,
      choices: ['agree', 'refuse', 'defer'],
      presenter: null,
      advice: null,
    });
    await dcoClient.send('agenda.advance', { meetingId: meeting.id, itemId: item.id });
    const ack = await dcoClient.send('outcome.record', {
      meetingId: meeting.id,
      itemId: item.id,
      outcome: 'agree',
      reasons: 'Health funds the specified therapy: 1 session a week',
    });
    expect(ack).toMatchObject({ ok: true });
    const minutes = await http()
      .get(`/api/meetings/${meeting.id}/minutes`)
      .set('Cookie', cookies.get(dco.id)!)
      .expect(200);
    expect(minutes.body.items[0]).toMatchObject({
      kind: 'health_funding',
      outcome: 'agree',
      reasons: 'Health funds the specified therapy: 1 session a week',
    });
  });

  it('shows each team only its own queue, takes the advice back as an uploaded document, and lets the DCO rate and chase', async () => {
    const child = await aCase(dataSource, { receivedOn: '2026-09-01' });
    const [mine] = await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status, triaged_at) VALUES ($1, $2, 'health', '2026-09-20', 'with_team', now()) RETURNING id`,
      [child.requestId, teams.physio],
    );
    const [theirs] = await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', '2026-09-20', 'with_team') RETURNING id`,
      [child.requestId, teams.salt],
    );
    const queue = await http()
      .get(`/api/health-gateway/advice?teamId=${teams.salt}`)
      .set('Cookie', cookies.get(physioRep.id)!)
      .expect(200);
    expect(queue.body.map((a: { id: string }) => a.id)).toContain(mine.id);
    expect(queue.body.every((a: { team: { id: string } }) => a.team.id === teams.physio)).toBe(true);
    const overdue = queue.body.find((a: { id: string }) => a.id === mine.id);
    expect(overdue).toMatchObject({ dueOn: '2026-11-01', overdue: true, caseReference: child.reference });

    // Not the physio team's to return; a file that is not a document is refused and nothing changes.
    await http()
      .post(`/api/health-gateway/advice/${theirs.id}/return`)
      .set('Cookie', cookies.get(physioRep.id)!)
      .attach('file', A_PNG, 'advice.png')
      .expect(403);
    await http()
      .post(`/api/health-gateway/advice/${mine.id}/return`)
      .set('Cookie', cookies.get(physioRep.id)!)
      .attach('file', Buffer.from('not really a pdf'), 'advice.pdf')
      .expect(415);
    await http()
      .post(`/api/health-gateway/advice/${mine.id}/return`)
      .set('Cookie', cookies.get(physioRep.id)!)
      .expect(400);
    expect(
      (await dataSource.query(`SELECT status FROM advice_requests WHERE id = $1`, [mine.id]))[0].status,
    ).toBe('with_team');

    await http()
      .post(`/api/health-gateway/advice/${mine.id}/chase`)
      .set('Cookie', cookies.get(dco.id)!)
      .send({ note: 'Emailed the team lead' })
      .expect(201);
    const returned = await http()
      .post(`/api/health-gateway/advice/${mine.id}/return`)
      .set('Cookie', cookies.get(physioRep.id)!)
      .attach('file', A_PNG, 'advice.png')
      .expect(201);
    expect(returned.body).toMatchObject({ status: 'returned', returnedOn: todayInEngland(), daysLeft: null });
    const [evidence] = await dataSource.query(
      `SELECT kind, title, child_id FROM evidence_items WHERE id = $1`,
      [returned.body.evidenceId],
    );
    expect(evidence).toEqual({
      kind: 'health_advice',
      title: 'Health advice: Agency physio',
      child_id: child.childId,
    });

    await http()
      .post(`/api/health-gateway/advice/${mine.id}/quality`)
      .set('Cookie', cookies.get(dco.id)!)
      .send({ criteria: { describes_needs: true } })
      .expect(400);
    await http()
      .post(`/api/health-gateway/advice/${mine.id}/quality`)
      .set('Cookie', cookies.get(physioRep.id)!)
      .send({ criteria: {} })
      .expect(403);
    const rated = await http()
      .post(`/api/health-gateway/advice/${mine.id}/quality`)
      .set('Cookie', cookies.get(dco.id)!)
      .send({
        criteria: {
          describes_needs: true,
          specific_outcomes: true,
          quantified_provision: false,
          child_and_family_views: true,
        },
        note: 'Frequency of sessions not given',
      })
      .expect(201);
    expect(rated.body.quality).toMatchObject({
      meetsStandard: false,
      note: 'Frequency of sessions not given',
    });
  });

  it('works out the DCO’s figures from a hand-worked set of advices', async () => {
    const child = await aCase(dataSource, { receivedOn: '2026-01-10' });
    const advice = async (
      team: string,
      requestedOn: string,
      returnedOn: string | null,
      extra: { triagedAt?: string; reassignments?: number; quality?: boolean[] } = {},
    ) => {
      const quality = extra.quality
        ? JSON.stringify({
            criteria: {
              describes_needs: extra.quality[0],
              specific_outcomes: extra.quality[1],
              quantified_provision: extra.quality[2],
              child_and_family_views: extra.quality[3],
            },
            note: null,
          })
        : null;
      const [row] = await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status, triaged_at, reassignments, quality)
         VALUES ($1, $2, 'health', $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          child.requestId,
          teams[team],
          requestedOn,
          returnedOn,
          returnedOn ? 'returned' : 'with_team',
          extra.triagedAt ?? null,
          extra.reassignments ?? 0,
          quality,
        ],
      );
      return row.id as string;
    };
    // Due in March 2026 (6 weeks after asking). SALT: on the deadline day, a day late, early, and late with an exception.
    await advice('salt', '2026-02-01', '2026-03-15', {
      triagedAt: '2026-03-05T10:00:00Z',
      quality: [true, true, true, true],
    });
    await advice('salt', '2026-02-02', '2026-03-17', { triagedAt: '2026-03-05T10:00:00Z', reassignments: 1 });
    await advice('salt', '2026-02-03', '2026-03-01', {
      triagedAt: '2026-03-05T10:00:00Z',
      quality: [true, false, true, true],
    });
    const excused = await advice('salt', '2026-02-04', '2026-04-01');
    await dataSource.query(
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, advice_request_id) VALUES ($1, '8(2)', 'missed_appointment', '2026-03-02', $2)`,
      [child.requestId, excused],
    );
    // SALT again: late, with an appointment "missed" a week after its 6 weeks ran out on 19 March: reg 8(2)(c)
    // counts only an appointment within the 6 weeks, so the clock refuses it and the advice stays in.
    const notExcused = await advice('salt', '2026-02-05', '2026-04-02');
    await dataSource.query(
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, advice_request_id) VALUES ($1, '8(2)', 'missed_appointment', '2026-03-26', $2)`,
      [child.requestId, notExcused],
    );
    // OT: early, and still out long after its deadline.
    await advice('ot', '2026-02-10', '2026-03-20');
    await advice('ot', '2026-02-11', null);

    const { body } = await http()
      .get('/api/health-gateway/figures?from=2026-03-01&to=2026-03-31')
      .set('Cookie', cookies.get(dco.id)!)
      .expect(200);
    expect(body.withExceptions.total).toEqual({ key: 'all', due: 7, onTime: 3, percent: 42.9 });
    expect(body.withoutExceptions.total).toEqual({ key: 'all', due: 6, onTime: 3, percent: 50 });
    expect(body.withoutExceptions.byTeam).toEqual([
      { key: 'Agency ot', due: 2, onTime: 1, percent: 50 },
      { key: 'Agency salt', due: 4, onTime: 2, percent: 50 },
    ]);
    expect(body.withExceptions.byMonth).toEqual([{ key: '2026-03', due: 7, onTime: 3, percent: 42.9 }]);
    expect(body.withoutExceptions.byMonth).toEqual([{ key: '2026-03', due: 6, onTime: 3, percent: 50 }]);

    // The DCO's tracker marks as an exception case the advice the clock excuses, and not the other.
    const tracker = await http()
      .get(`/api/health-gateway/advice?teamId=${teams.salt}&state=all`)
      .set('Cookie', cookies.get(dco.id)!)
      .expect(200);
    const exceptionCase = (id: string) =>
      tracker.body.find((a: { id: string }) => a.id === id)?.exceptionCase as boolean | undefined;
    expect([exceptionCase(excused), exceptionCase(notExcused)]).toEqual([true, false]);
    expect(body.rightTeamFirstTime).toEqual({ triaged: 3, firstTime: 2, percent: 66.7 });
    expect(body.qualityMeetsStandard).toEqual({ rated: 2, meeting: 1, percent: 50 });
    expect(
      body.openByAge.find((b: { band: string }) => b.band === 'Over 6 weeks').count,
    ).toBeGreaterThanOrEqual(1);

    await http()
      .get('/api/health-gateway/figures?from=2026-04-01&to=2026-03-01')
      .set('Cookie', cookies.get(dco.id)!)
      .expect(400);
    await http()
      .get('/api/health-gateway/figures?from=2026-03-01&to=2026-03-31')
      .set('Cookie', cookies.get(saltRep.id)!)
      .expect(403);
  });
});
