import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/**
 * A council that chooses to triage educational psychology advice too (ADVICE_GATEWAYS): the EP service's advice
 * goes to the Educational Psychology Gateway, run by the Principal Educational Psychologist, instead of straight to
 * the service.
 */
describe('an Educational Psychology Gateway, where the council runs one', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let principal: TestUser;
  let chair: TestUser;
  let earlyYearsRep: TestUser;
  const teams: Record<string, string> = {};
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startListeningTestApp({ ADVICE_GATEWAYS: 'health,social_care,educational_psychology' });
    dataSource = test.app.get(DataSource);
    principal = await aUser(dataSource, {
      roles: ['principal_ep'],
      agencyCode: 'ep',
      agencyKind: 'ep_service',
    });
    chair = await aUser(dataSource, { roles: ['chair'] });
    earlyYearsRep = await aUser(dataSource, {
      roles: ['ep_team_rep'],
      agencyCode: 'ep_early_years',
      agencyKind: 'ep_service',
    });
    teams.earlyYears = await anAgency(dataSource, 'ep_early_years', 'ep_service');
    teams.schoolAge = await anAgency(dataSource, 'ep_school_age', 'ep_service');
    for (const user of [principal, chair, earlyYearsRep]) cookies.set(user.id, await signIn(test, user));
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  it('asks for EP advice into its gateway, and the Principal EP triages it live to an EP team', async () => {
    const child = await aCase(dataSource, { receivedOn: '2026-10-01' });
    await http()
      .post(`/api/requests/${child.requestId}/transitions`)
      .set('Cookie', cookies.get(chair.id)!)
      .send({ to: 'assessment', occurredOn: todayInEngland() })
      .expect(200);
    const [ep] = await dataSource.query(
      `SELECT status, agency_id FROM advice_requests WHERE request_id = $1 AND advice_kind = 'educational_psychology'`,
      [child.requestId],
    );
    expect(ep).toEqual({ status: 'awaiting_triage', agency_id: null });
    const { body: gateways } = await http()
      .get('/api/advice-gateways')
      .set('Cookie', cookies.get(chair.id)!)
      .expect(200);
    expect(gateways).toEqual({ adviceKinds: ['health', 'social_care', 'educational_psychology'] });

    const starts = new Date(Date.now() + 60_000);
    const { body: arranged } = await http()
      .post('/api/meetings')
      .set('Cookie', cookies.get(principal.id)!)
      .send({
        kind: 'ep_gateway',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
      })
      .expect(201);
    const meetingId = arranged.id as string;
    await dataSource.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'member')`,
      [meetingId, earlyYearsRep.id],
    );
    const chairClient = await MeetingClient.connect(test.baseUrl, cookies.get(principal.id)!);
    const repClient = await MeetingClient.connect(test.baseUrl, cookies.get(earlyYearsRep.id)!);
    clients.push(chairClient, repClient);
    const item = (await chairClient.join(meetingId)).agenda.find((i) => i.requestId === child.requestId)!;
    expect(item.kind).toBe('advice_triage');
    await chairClient.send('meeting.start', { meetingId });
    expect(
      await chairClient.send('advice.triage', {
        meetingId,
        itemId: item.id,
        teamIds: [teams.earlyYears],
        response: 'triage_note',
        priority: 'routine',
      }),
    ).toMatchObject({ ok: true });
    const triaged = await chairClient.waitForEvent((e) => e.type === 'advice.triaged');
    const [assignment] = (triaged.payload as { assignments: { adviceRequestId: string }[] }).assignments;
    await repClient.join(meetingId);
    expect(
      await repClient.send('advice.respond', {
        meetingId,
        itemId: item.id,
        adviceRequestId: assignment!.adviceRequestId,
        accept: true,
      }),
    ).toMatchObject({ ok: true });
    const queue = await http()
      .get('/api/educational-psychology-gateway/advice')
      .set('Cookie', cookies.get(earlyYearsRep.id)!)
      .expect(200);
    expect(queue.body).toEqual([
      expect.objectContaining({
        id: assignment!.adviceRequestId,
        team: { id: teams.earlyYears, name: 'Agency ep_early_years' },
        response: 'triage_note',
        teamResponse: 'accepted',
      }),
    ]);
  });
});
