import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aLocality, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

type LogLine = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What an operator reads in the logs: one JSON object per line, each tied to the request or command that wrote it. */
describe('the logs', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let presenter: TestUser;
  let chair: TestUser;
  const cookie: Record<string, string> = {};
  const written: string[] = [];
  const lines = (): LogLine[] => written.map((line) => JSON.parse(line) as LogLine);
  const linesOf = (requestId: string) => lines().filter((line) => line.requestId === requestId);
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startListeningTestApp(
      { LOG_LEVEL: 'verbose' },
      {
        logDestination: { write: (chunk: string) => void written.push(...chunk.split('\n').filter(Boolean)) },
      },
    );
    dataSource = test.app.get(DataSource);
    await aLocality(dataSource, 'northdale');
    presenter = await aUser(dataSource, { roles: ['presenter'] });
    chair = await aUser(dataSource, { roles: ['chair'] });
    cookie.presenter = await signIn(test, presenter);
    cookie.chair = await signIn(test, chair);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('keeps the caller’s X-Request-Id, echoes it, and puts it on the access line and on every line the request writes', async () => {
    const response = await http().get('/api/cases').set('X-Request-Id', 'proxy-7f3a.42').expect(401);
    expect(response.headers['x-request-id']).toBe('proxy-7f3a.42');
    const mine = linesOf('proxy-7f3a.42');
    // The refusal, written by the access guard while the request was handled.
    expect(mine).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        context: 'Security',
        event: 'security.refused',
        kind: 'authorization',
        what: 'GET /api/cases',
        why: 'not_signed_in',
      }),
    );
    // The access line, written when the response was done.
    expect(mine).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'GET /api/cases 401',
        method: 'GET',
        path: '/api/cases',
        statusCode: 401,
        durationMs: expect.any(Number) as number,
      }),
    );
  });

  it('gives a request without an id (or with one unsafe to log) a new one, echoed and on its lines', async () => {
    for (const offered of [undefined, 'has spaces and <angles>', 'x'.repeat(65)]) {
      const call = http().get('/api/cases');
      const response = await (offered ? call.set('X-Request-Id', offered) : call).expect(401);
      const id = response.headers['x-request-id'] as string;
      expect(id).toMatch(UUID);
      expect(linesOf(id).map((line) => line.event ?? line.msg)).toEqual([
        'security.refused',
        'GET /api/cases 401',
      ]);
    }
  });

  it('names who asked on the access line, and never a header, cookie or session token', async () => {
    const response = await http().get('/api/cases').set('Cookie', cookie.presenter!).expect(200);
    await http().get('/api/cases').set('Authorization', 'Bearer not-a-real-token').expect(401);
    const [access] = linesOf(response.headers['x-request-id'] as string);
    expect(access).toMatchObject({ msg: 'GET /api/cases 200', route: '/api/cases', userId: presenter.id });
    const all = written.join('\n');
    expect(all).not.toContain(cookie.presenter!.split('=')[1]);
    expect(all).not.toContain('not-a-real-token');
    expect(all).not.toMatch(/"(headers|cookie|authorization)":/i);
  });

  it('puts the command, its idempotency key, the meeting, the user and the socket on every line a socket command writes', async () => {
    const { meetingId } = await aMeeting(dataSource, { chair: chair.id });
    const client = await MeetingClient.connect(test.baseUrl, cookie.chair!);
    try {
      await client.join(meetingId);
      expect(await client.send('meeting.start', { meetingId }, 'start-key-0001')).toMatchObject({ ok: true });
      // A command the engine refuses (the meeting has no item open) is logged with its key just the same.
      expect(
        await client.send('voting.open', { meetingId, itemId: meetingId }, 'open-key-0002'),
      ).toMatchObject({
        ok: false,
      });

      const started = lines().filter((line) => line.idempotencyKey === 'start-key-0001');
      expect(started).toContainEqual(
        expect.objectContaining({
          context: 'MeetingsGateway',
          event: 'command.answered',
          ok: true,
          command: 'meeting.start',
          meetingId,
          userId: chair.id,
          socketId: client.socket.id,
        }),
      );
      const refused = lines().filter((line) => line.idempotencyKey === 'open-key-0002');
      expect(refused).toContainEqual(
        expect.objectContaining({ command: 'voting.open', ok: false, code: expect.any(String) as string }),
      );
      for (const line of [...started, ...refused]) expect(line).not.toHaveProperty('requestId');
    } finally {
      client.close();
    }
  });

  it('never writes a child’s name or date of birth, a query string or a SQL parameter, however verbose', async () => {
    const created = await http()
      .post('/api/cases')
      .set('Cookie', cookie.presenter!)
      .send({
        givenName: 'Marigold',
        familyName: 'Quibbleton',
        dateOfBirth: '2017-02-11',
        yearGroup: 4,
        localityCode: 'northdale',
        primaryNeed: 'semh',
        vulnerabilityMarkers: [],
        request: { receivedOn: '2026-11-02', source: 'school' },
      })
      .expect(201);
    const childId = (created.body as { childId: string }).childId;
    await http().get(`/api/cases/${childId}`).set('Cookie', cookie.presenter!).expect(200);
    // A name in a query string is refused (no such filter), and must not reach the access line either.
    await http().get('/api/cases?name=Marigold').set('Cookie', cookie.presenter!).expect(400);

    expect(linesOf(created.headers['x-request-id'] as string)).toContainEqual(
      expect.objectContaining({ msg: 'POST /api/cases 201', userId: presenter.id }),
    );
    expect(lines()).toContainEqual(
      expect.objectContaining({ msg: 'GET /api/cases 400', path: '/api/cases' }),
    );
    const all = written.join('\n');
    for (const personal of ['Marigold', 'Quibbleton', '2017-02-11']) expect(all).not.toContain(personal);
    expect(all).not.toMatch(/INSERT INTO|SELECT |"parameters"|\$1/);
  });
});
