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

/**
 * The Social Care Gateway: the Health Gateway's mechanism run by the Designated Social Care Officer for social care
 * advice, to the social care teams, with the council's default setting (health and social care triaged; educational
 * psychology asked directly).
 */
describe('the Social Care Gateway', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let dsco: TestUser;
  let dco: TestUser;
  let chair: TestUser;
  let disabilitiesRep: TestUser;
  let shortBreaksRep: TestUser;
  let localityRep: TestUser;
  let saltRep: TestUser;
  const teams: Record<string, string> = {};
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];
  const http = () => request(test.app.getHttpServer());
  const as = (user: TestUser) => cookies.get(user.id)!;

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    dsco = await aUser(dataSource, { roles: ['dsco'], agencyCode: 'csc', agencyKind: 'social_care' });
    dco = await aUser(dataSource, { roles: ['dco'], agencyCode: 'health-dco', agencyKind: 'health' });
    chair = await aUser(dataSource, { roles: ['chair'] });
    const rep = (code: string) =>
      aUser(dataSource, { roles: ['social_care_team_rep'], agencyCode: code, agencyKind: 'social_care' });
    disabilitiesRep = await rep('cwd');
    shortBreaksRep = await rep('short_breaks');
    localityRep = await rep('locality');
    saltRep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    for (const code of ['cwd', 'short_breaks', 'locality'])
      teams[code] = await anAgency(dataSource, code, 'social_care');
    teams.salt = await anAgency(dataSource, 'salt', 'health');
    teams.ep = await anAgency(dataSource, 'ep', 'ep_service');
    for (const user of [dsco, dco, chair, disabilitiesRep, shortBreaksRep, localityRep, saltRep])
      cookies.set(user.id, await signIn(test, user));
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  const connect = async (user: TestUser, meetingId: string) => {
    const client = await MeetingClient.connect(test.baseUrl, as(user));
    clients.push(client);
    await client.join(meetingId);
    return client;
  };

  it('asks every agency for its advice on agreeing to assess: health and social care into their gateways, educational psychology directly', async () => {
    const child = await aCase(dataSource, { receivedOn: addDays(todayInEngland(), -20) });
    await http()
      .post(`/api/requests/${child.requestId}/transitions`)
      .set('Cookie', as(chair))
      .send({ to: 'assessment', occurredOn: todayInEngland() })
      .expect(200);
    const asked = await dataSource.query(
      `SELECT advice_kind, status, agency_id, requested_on FROM advice_requests WHERE request_id = $1 ORDER BY advice_kind`,
      [child.requestId],
    );
    expect(asked).toEqual([
      {
        advice_kind: 'educational_psychology',
        status: 'with_team',
        agency_id: teams.ep,
        requested_on: todayInEngland(),
      },
      { advice_kind: 'health', status: 'awaiting_triage', agency_id: null, requested_on: todayInEngland() },
      {
        advice_kind: 'social_care',
        status: 'awaiting_triage',
        agency_id: null,
        requested_on: todayInEngland(),
      },
    ]);
    const { body } = await http().get('/api/advice-gateways').set('Cookie', as(saltRep)).expect(200);
    expect(body).toEqual({ adviceKinds: ['health', 'social_care'] });
    // Each is on its own gateway's tracker, and only there.
    const tracker = async (path: string, user: TestUser) =>
      (await http().get(`/api/${path}/advice`).set('Cookie', as(user)).expect(200)).body.filter(
        (a: { requestId: string }) => a.requestId === child.requestId,
      );
    expect(await tracker('social-care-gateway', dsco)).toHaveLength(1);
    expect(await tracker('health-gateway', dco)).toHaveLength(1);
  });

  it('runs the gateway live: the DSCO triages to social care teams, a team pushes back, the DSCO moves it, and other teams see nothing of the case', async () => {
    const child = await aCase(dataSource, { receivedOn: addDays(todayInEngland(), -20) });
    await http()
      .post(`/api/requests/${child.requestId}/transitions`)
      .set('Cookie', as(chair))
      .send({ to: 'assessment', occurredOn: todayInEngland() })
      .expect(200);
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('social_care_gateway', 'Social Care Gateway') RETURNING id`,
    );
    for (const [user, role] of [
      [dsco, 'chair'],
      [disabilitiesRep, 'member'],
      [shortBreaksRep, 'member'],
      [localityRep, 'member'],
    ] as const)
      await dataSource.query(
        `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3)`,
        [group.id, user.id, role],
      );
    const starts = new Date(Date.now() + 60_000);
    const when = {
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
    };
    // The Educational Psychology Gateway is not run by this council: no sitting of it can be arranged.
    const refused = await http()
      .post('/api/meetings')
      .set('Cookie', as(dsco))
      .send({ kind: 'ep_gateway', ...when })
      .expect(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'kind' })]);
    const { body: arranged } = await http()
      .post('/api/meetings')
      .set('Cookie', as(dsco))
      .send({ kind: 'social_care_gateway', ...when })
      .expect(201);
    const meetingId = arranged.id as string;
    const dscoClient = await connect(dsco, meetingId);
    const disabilities = await connect(disabilitiesRep, meetingId);
    const shortBreaks = await connect(shortBreaksRep, meetingId);
    const locality = await connect(localityRep, meetingId);
    // Its agenda is the children awaiting social care triage: this child once, as an advice triage.
    const agenda = (await dscoClient.join(meetingId)).agenda;
    const item = agenda.find((i) => i.requestId === child.requestId)!;
    expect(agenda.filter((i) => i.requestId === child.requestId)).toHaveLength(1);
    expect(item).toMatchObject({ kind: 'advice_triage', advice: [] });
    await dscoClient.send('meeting.start', { meetingId });

    const triage = (teamIds: string[]) =>
      dscoClient.send('advice.triage', {
        meetingId,
        itemId: item.id,
        teamIds,
        response: 'full_advice',
        priority: 'urgent',
      });
    // A health team is not a social care team.
    expect(await triage([teams.cwd!, teams.salt!])).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [{ field: 'teamIds', messages: [expect.stringContaining('social care team')] }],
    });
    expect(
      await disabilities.send('advice.triage', {
        meetingId,
        itemId: item.id,
        teamIds: [teams.cwd],
        response: 'full_advice',
        priority: 'routine',
      }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await triage([teams.cwd!, teams.short_breaks!])).toMatchObject({ ok: true });
    const triaged = await dscoClient.waitForEvent((e) => e.type === 'advice.triaged');
    const assignments = (
      triaged.payload as { assignments: { adviceRequestId: string; team: { id: string }; dueOn: string }[] }
    ).assignments;
    expect(assignments.map((a) => a.team.id).sort()).toEqual([teams.cwd, teams.short_breaks].sort());
    expect(assignments.every((a) => a.dueOn === addDays(todayInEngland(), 42))).toBe(true);
    // The triage went to the social care advice; the health advice still awaits its own gateway.
    const kinds = await dataSource.query(
      `SELECT advice_kind, status, count(*)::int AS n FROM advice_requests WHERE request_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [child.requestId],
    );
    expect(kinds).toEqual([
      { advice_kind: 'educational_psychology', status: 'with_team', n: 1 },
      { advice_kind: 'health', status: 'awaiting_triage', n: 1 },
      { advice_kind: 'social_care', status: 'with_team', n: 2 },
    ]);

    const advice = (team: string) => assignments.find((a) => a.team.id === teams[team])!.adviceRequestId;
    const respond = (client: MeetingClient, team: string, accept: boolean, reason?: string) =>
      client.send('advice.respond', {
        meetingId,
        itemId: item.id,
        adviceRequestId: advice(team),
        accept,
        reason,
      });
    expect(await respond(disabilities, 'short_breaks', true)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await respond(disabilities, 'cwd', true)).toMatchObject({ ok: true });
    expect(
      await respond(shortBreaks, 'short_breaks', false, 'Open case: locality social work'),
    ).toMatchObject({
      ok: true,
    });
    const pushedBack = await dscoClient.waitForEvent(
      (e) =>
        e.type === 'advice.responded' &&
        (e.payload as { teamResponse: string }).teamResponse === 'pushed_back',
    );
    expect(pushedBack.payload).toMatchObject({ reason: 'Open case: locality social work' });
    // Before the move, the locality team sees the item only as an item for another team.
    const localityView = async () => (await locality.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(await localityView()).toMatchObject({
      caseReference: null,
      requestId: null,
      forAnotherTeam: true,
    });
    expect(
      await dscoClient.send('advice.reassign', {
        meetingId,
        itemId: item.id,
        adviceRequestId: advice('short_breaks'),
        teamId: teams.salt,
        reason: 'Not ours',
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'teamId' }] });
    expect(
      await dscoClient.send('advice.reassign', {
        meetingId,
        itemId: item.id,
        adviceRequestId: advice('short_breaks'),
        teamId: teams.locality,
        reason: 'Pushed back: open case with locality social work',
      }),
    ).toMatchObject({ ok: true });
    expect(await localityView()).toMatchObject({ caseReference: child.reference, forAnotherTeam: false });
    expect(
      (await localityView()).advice!.map((a) => [a.team.id, a.teamResponse, a.reassignments]).sort(),
    ).toEqual(
      [
        [teams.cwd, 'accepted', 0],
        [teams.locality, 'pending', 1],
      ].sort(),
    );
    // Every change is in the audit trail.
    const [audit] = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE entity_type = 'advice_request' AND meeting_id = $1`,
      [meetingId],
    );
    expect(audit.n).toBe(4);
    // The team is told of the triage, with a link to its gateway; the DSCO of the push-back.
    const notices = await dataSource.query(
      `SELECT n.kind, n.recipient_id, n.link_path FROM notifications n WHERE n.kind IN ('advice_triaged', 'advice_pushed_back') AND n.subject_ref = $1 ORDER BY n.kind`,
      [child.reference],
    );
    expect(notices).toEqual(
      expect.arrayContaining([
        { kind: 'advice_triaged', recipient_id: disabilitiesRep.id, link_path: '/social-care-gateway' },
        { kind: 'advice_pushed_back', recipient_id: dsco.id, link_path: `/meetings/${meetingId}` },
      ]),
    );
    expect(notices.some((n: { recipient_id: string }) => n.recipient_id === dco.id)).toBe(false);
  });

  it('keeps each team to its own queue between sittings: returned by upload as social care advice, rated and chased by the DSCO only', async () => {
    const child = await aCase(dataSource, { receivedOn: addDays(todayInEngland(), -30) });
    const withTeam = async (kind: string, team: string) => {
      const [row] = await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status, response, priority, team_response)
         VALUES ($1, $2, $3, $4, 'with_team', 'full_advice', 'routine', 'accepted') RETURNING id`,
        [child.requestId, teams[team], kind, addDays(todayInEngland(), -10)],
      );
      return row.id as string;
    };
    // The DSCO records a request by hand; a 0–2 pathway referral is health's, and is refused with nothing written.
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM advice_requests`);
    const referral = await http()
      .post('/api/social-care-gateway/advice')
      .set('Cookie', as(dsco))
      .send({ requestId: child.requestId, source: 'health_visiting_referral', requestedOn: todayInEngland() })
      .expect(422);
    expect(referral.body.fields).toEqual([expect.objectContaining({ field: 'source' })]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM advice_requests`)).toEqual(before);
    const recorded = await http()
      .post('/api/social-care-gateway/advice')
      .set('Cookie', as(dsco))
      .send({ requestId: child.requestId, source: 'assessment', requestedOn: todayInEngland() })
      .expect(201);
    expect(recorded.body).toMatchObject({ status: 'awaiting_triage', source: 'assessment', team: null });
    const mine = await withTeam('social_care', 'cwd');
    const theirs = await withTeam('social_care', 'locality');
    const health = await withTeam('health', 'salt');

    const queue = await http()
      .get('/api/social-care-gateway/advice?state=all')
      .set('Cookie', as(disabilitiesRep))
      .expect(200);
    expect(queue.body.map((a: { id: string }) => a.id)).toContain(mine);
    expect(queue.body.map((a: { id: string }) => a.id)).not.toContain(theirs);
    // The roles of one gateway have no part in another's.
    await http().get('/api/social-care-gateway/advice').set('Cookie', as(dco)).expect(403);
    await http().get('/api/health-gateway/advice').set('Cookie', as(dsco)).expect(403);
    await http().get('/api/social-care-gateway/figures').set('Cookie', as(disabilitiesRep)).expect(403);
    // A health advice is not found under the social care gateway, even by its coordinator.
    await http()
      .post(`/api/social-care-gateway/advice/${health}/chase`)
      .set('Cookie', as(dsco))
      .send({})
      .expect(404);
    // The locality team cannot return the disabilities team's advice.
    await http()
      .post(`/api/social-care-gateway/advice/${mine}/return`)
      .set('Cookie', as(localityRep))
      .attach('file', A_PNG, { filename: 'advice.png', contentType: 'image/png' })
      .expect(403);
    const chased = await http()
      .post(`/api/social-care-gateway/advice/${mine}/chase`)
      .set('Cookie', as(dsco))
      .send({ note: 'Rang the team manager' })
      .expect(201);
    expect(chased.body.lastChasedAt).not.toBeNull();
    const returned = await http()
      .post(`/api/social-care-gateway/advice/${mine}/return`)
      .set('Cookie', as(disabilitiesRep))
      .attach('file', A_PNG, { filename: 'advice.png', contentType: 'image/png' })
      .expect(201);
    expect(returned.body).toMatchObject({ status: 'returned', returnedOn: todayInEngland() });
    const [kept] = await dataSource.query(`SELECT kind, title FROM evidence_items WHERE id = $1`, [
      returned.body.evidenceId,
    ]);
    expect(kept).toEqual({ kind: 'social_care_advice', title: 'Social care advice: Agency cwd' });
    await http()
      .post(`/api/social-care-gateway/advice/${mine}/quality`)
      .set('Cookie', as(disabilitiesRep))
      .send({
        criteria: {
          describes_needs: true,
          specific_outcomes: true,
          quantified_provision: true,
          child_and_family_views: true,
        },
      })
      .expect(403);
    const rated = await http()
      .post(`/api/social-care-gateway/advice/${mine}/quality`)
      .set('Cookie', as(dsco))
      .send({
        criteria: {
          describes_needs: true,
          specific_outcomes: true,
          quantified_provision: false,
          child_and_family_views: true,
        },
      })
      .expect(201);
    expect(rated.body.quality).toMatchObject({ meetsStandard: false });
    const action = await http()
      .post(`/api/social-care-gateway/advice/${theirs}/actions`)
      .set('Cookie', as(localityRep))
      .send({
        what: 'Book the home visit',
        ownerUserId: localityRep.id,
        dueOn: addDays(todayInEngland(), 7),
      });
    expect(action.status).toBe(201);
    await http()
      .post(`/api/health-gateway/advice/${theirs}/actions`)
      .set('Cookie', as(dco))
      .send({ what: 'Book the home visit', ownerUserId: dco.id, dueOn: addDays(todayInEngland(), 7) })
      .expect(404);
  });

  it("works out the DSCO's figures from a hand-worked set, counting no health advice", async () => {
    const child = await aCase(dataSource, { receivedOn: '2026-01-10' });
    const advice = async (
      kind: 'social_care' | 'health',
      team: string,
      requestedOn: string,
      returnedOn: string | null,
      extra: { triagedAt?: string; reassignments?: number; quality?: boolean } = {},
    ) => {
      const quality =
        extra.quality === undefined
          ? null
          : JSON.stringify({
              criteria: {
                describes_needs: true,
                specific_outcomes: extra.quality,
                quantified_provision: true,
                child_and_family_views: true,
              },
              note: null,
            });
      const [row] = await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status, triaged_at, reassignments, quality)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          child.requestId,
          teams[team],
          kind,
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
    // Due in May 2026 (6 weeks after asking: 1 April + 42 days = 13 May, and so on).
    // Children with disabilities: on the day (13 May), a day late (15 May for 3 April's), early.
    await advice('social_care', 'cwd', '2026-04-01', '2026-05-13', {
      triagedAt: '2026-04-08T10:00:00Z',
      quality: true,
    });
    await advice('social_care', 'cwd', '2026-04-03', '2026-05-16', {
      triagedAt: '2026-04-08T10:00:00Z',
      reassignments: 1,
    });
    await advice('social_care', 'cwd', '2026-04-06', '2026-05-01', {
      triagedAt: '2026-04-08T10:00:00Z',
      quality: false,
    });
    // Locality social work: late, excused by a reg 8(2) exception (the family away for 4 weeks, inside the 6).
    const excused = await advice('social_care', 'locality', '2026-04-08', '2026-06-10', {
      triagedAt: '2026-04-15T10:00:00Z',
    });
    await dataSource.query(
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, advice_request_id) VALUES ($1, '8(2)', 'missed_appointment', '2026-05-01', $2)`,
      [child.requestId, excused],
    );
    // Short breaks: still out, long past its day (requested 10 April, due 22 May).
    await advice('social_care', 'short_breaks', '2026-04-10', null);
    // Health advice due in May: not the DSCO's, so not counted.
    await advice('health', 'salt', '2026-04-02', '2026-06-30', {
      triagedAt: '2026-04-08T10:00:00Z',
      reassignments: 2,
    });
    // Health advice returned in May and rated on the DCO's rubric: on the dashboard's health row only.
    await advice('health', 'salt', '2026-03-20', '2026-05-02', { quality: true });
    // Due in June: outside the period.
    await advice('social_care', 'cwd', '2026-05-01', '2026-06-01');

    const { body } = await http()
      .get('/api/social-care-gateway/figures?from=2026-05-01&to=2026-05-31')
      .set('Cookie', as(dsco))
      .expect(200);
    // With exceptions: 5 due in May; on time: 13 May's and the early one = 2 → 40%.
    expect(body.withExceptions.total).toEqual({ key: 'all', due: 5, onTime: 2, percent: 40 });
    // Without: the excused locality advice leaves the count: 4 due, 2 on time → 50%.
    expect(body.withoutExceptions.total).toEqual({ key: 'all', due: 4, onTime: 2, percent: 50 });
    expect(body.withExceptions.byTeam).toEqual([
      { key: 'Agency cwd', due: 3, onTime: 2, percent: 66.7 },
      { key: 'Agency locality', due: 1, onTime: 0, percent: 0 },
      { key: 'Agency short_breaks', due: 1, onTime: 0, percent: 0 },
    ]);
    expect(body.withoutExceptions.byMonth).toEqual([{ key: '2026-05', due: 4, onTime: 2, percent: 50 }]);
    // Triaged in the period: none (all in April), so the period's right-team figure is empty; April's is 3 of 4.
    expect(body.rightTeamFirstTime).toEqual({ triaged: 0, firstTime: 0, percent: null });
    const april = await http()
      .get('/api/social-care-gateway/figures?from=2026-04-01&to=2026-04-30')
      .set('Cookie', as(dsco))
      .expect(200);
    expect(april.body.rightTeamFirstTime).toEqual({ triaged: 4, firstTime: 3, percent: 75 });
    // Returned in May and rated: two, one meeting the standard.
    expect(body.qualityMeetsStandard).toEqual({ rated: 2, meeting: 1, percent: 50 });

    // The dashboard's advice quality by agency, for May: each kind of advice on its own row.
    const dashboard = await http()
      .get('/api/dashboard/timeliness?month=2026-05&months=1')
      .set('Cookie', as(dsco))
      .expect(200);
    expect(dashboard.body.adviceQuality).toEqual([
      { adviceKind: 'health', rated: 1, meeting: 1, percent: 100 },
      { adviceKind: 'educational_psychology', rated: 0, meeting: 0, percent: null },
      { adviceKind: 'social_care', rated: 2, meeting: 1, percent: 50 },
    ]);
  });

  it('answers 404 for the routes of a gateway the council does not run', async () => {
    const missing = await http()
      .get('/api/educational-psychology-gateway/advice')
      .set('Cookie', as(chair))
      .expect(404);
    expect(missing.body).toMatchObject({ code: 'gateway_not_run' });
  });
});
