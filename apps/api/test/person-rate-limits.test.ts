import type { Ack } from '@convene/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/load-config.js';
import { aUser, TEST_SECRETS_KEY, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { roomSeats } from './support/room-seats.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/** Lower than the defaults, so a test reaches them quickly. */
const COMMANDS_PER_SECOND = 10;
const LIMITS = {
  RATE_LIMIT_COMMANDS_PER_SECOND: String(COMMANDS_PER_SECOND),
  RATE_LIMIT_CONNECTIONS_PER_PERSON: '4',
  RATE_LIMIT_NEW_CONNECTIONS_PER_MINUTE: '8',
  RATE_LIMIT_REQUESTS_PER_MINUTE: '20',
};

type Refusal = Error & { data?: { code: string; message: string } };

/** How the server answered a new connection: connected, or refused at the handshake with its reason. */
async function tryConnect(baseUrl: string, cookie: string, opened: MeetingClient[]): Promise<Refusal | null> {
  try {
    opened.push(await MeetingClient.connect(baseUrl, cookie));
    return null;
  } catch (error) {
    return error as Refusal;
  }
}

/** `count` votes by one member, spread over their connections all at once; the answers, and how long it took. */
async function flood(sockets: MeetingClient[], item: { meetingId: string; itemId: string }, count: number) {
  const started = Date.now();
  const acks: Ack[] = await Promise.all(
    Array.from({ length: count }, (_, n) =>
      sockets[n % sockets.length]!.send('vote.cast', {
        ...item,
        choice: n % 2 ? 'agree' : 'refuse',
        reason: 'again and again',
      }),
    ),
  );
  const seconds = Math.ceil((Date.now() - started) / 1000);
  return {
    accepted: acks.filter((ack) => ack.ok).length,
    refusals: acks.filter((ack) => !ack.ok),
    // A window of a second may have begun just before the flood and another end just after it.
    mostAllowed: COMMANDS_PER_SECOND * (seconds + 1),
  };
}

async function storedVotesAndAudit(dataSource: DataSource, voterId: string) {
  const [votes] = await dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE voter_id = $1`, [
    voterId,
  ]);
  const [audit] = await dataSource.query(
    `SELECT count(*)::int AS n FROM audit_records WHERE actor_id = $1 AND action = 'vote.cast'`,
    [voterId],
  );
  return { votes: votes.n as number, audit: audit.n as number };
}

describe('limits on each person, across all their connections', () => {
  const seats = roomSeats(5, LIMITS);

  async function votingOpen(voters: TestUser[]) {
    const meeting = await aMeeting(seats.dataSource, {
      chair: seats.chair.id,
      members: voters.map((m) => m.id),
    });
    const item = { meetingId: meeting.meetingId, itemId: meeting.itemIds[0]! };
    const chair = await seats.connect(seats.chair);
    await chair.join(meeting.meetingId);
    expect(await chair.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({ ok: true });
    expect(await chair.send('voting.open', item)).toMatchObject({ ok: true });
    return item;
  }

  it("refuses a member's flood of votes from many connections past their limit, records only what was accepted, and still takes another member's vote", async () => {
    const [flooder, other] = seats.members;
    const item = await votingOpen([flooder!, other!]);
    const sockets = await Promise.all(Array.from({ length: 4 }, () => seats.connect(flooder!)));
    await sockets[0]!.join(item.meetingId);

    const { accepted, refusals, mostAllowed } = await flood(sockets, item, 200);

    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((ack) => !ack.ok && ack.code === 'rate_limited')).toBe(true);
    expect(accepted).toBeLessThanOrEqual(mostAllowed);
    expect(await storedVotesAndAudit(seats.dataSource, flooder!.id)).toEqual({
      votes: accepted,
      audit: accepted,
    });
    const voter = await seats.connect(other!);
    await voter.join(item.meetingId);
    expect(await voter.send('vote.cast', { ...item, choice: 'agree', reason: 'my own view' })).toMatchObject({
      ok: true,
    });
  });

  it('holds back a connection over the limit: its next command waits for the window to reopen and is then taken, not refused again', async () => {
    const member = seats.members[3]!;
    const item = await votingOpen([member]);
    const socket = await seats.connect(member);
    await socket.join(item.meetingId);
    const vote = () => socket.send('vote.cast', { ...item, choice: 'agree', reason: 'one at a time' });

    let refusal: Ack = { ok: true, version: 0 };
    for (let n = 0; n <= COMMANDS_PER_SECOND && refusal.ok; n++) refusal = await vote();
    expect(refusal).toMatchObject({ ok: false, code: 'rate_limited', retryAfterMs: expect.any(Number) });
    const retryAfterMs = (refusal as { retryAfterMs: number }).retryAfterMs;
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(1000);

    const sent = performance.now();
    const next = await vote();
    const waited = performance.now() - sent;

    // Not read until the window reopened (a timer may fire a few ms early), then counted in the new one.
    expect(waited).toBeGreaterThanOrEqual(retryAfterMs - 25);
    expect(next).toMatchObject({ ok: true });
  });

  it('refuses a connection beyond the per-person limit at the handshake, saying why', async () => {
    const person = seats.members[2]!;
    const opened: MeetingClient[] = [];
    for (let i = 0; i < 4; i++)
      expect(await tryConnect(seats.test.baseUrl, seats.cookieOf(person), opened)).toBeNull();

    const refused = await tryConnect(seats.test.baseUrl, seats.cookieOf(person), opened);
    opened.forEach((client) => client.close());

    expect(refused?.message).toBe('rate_limited');
    expect(refused?.data).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/4 live connections/),
    });
    // Someone else still connects.
    expect(await tryConnect(seats.test.baseUrl, seats.cookieOf(seats.members[3]!), opened)).toBeNull();
    opened.forEach((client) => client.close());
  });

  it('refuses a person opening connection after connection within a minute, even once they have closed them', async () => {
    const person = seats.members[4]!;
    const opened: MeetingClient[] = [];
    const answers: (string | null)[] = [];
    for (let i = 0; i < 9; i++) {
      const refused = await tryConnect(seats.test.baseUrl, seats.cookieOf(person), opened);
      answers.push(refused ? (refused.data?.message ?? refused.message) : null);
    }
    opened.forEach((client) => client.close());
    const afterClosing = await tryConnect(seats.test.baseUrl, seats.cookieOf(person), opened);

    // Four open at once, then four over that limit, then the ninth in the minute.
    expect(answers.slice(0, 4)).toEqual([null, null, null, null]);
    expect(answers.slice(4, 8).every((answer) => /live connections open/.test(answer ?? ''))).toBe(true);
    expect(answers[8]).toMatch(/new connections/);
    expect(afterClosing?.data).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/new connections/),
    });
  });

  it('answers a session flooding the REST API with 429 and Retry-After, while serving another user', async () => {
    const server = seats.test.app.getHttpServer();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        request(server).get('/api/auth/me').set('Cookie', seats.cookieOf(seats.members[0]!)),
      ),
    );
    const limited = answers.filter((response) => response.status === 429);

    expect(answers.filter((response) => response.status === 200)).toHaveLength(20);
    expect(limited).toHaveLength(20);
    expect(limited[0]!.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    expect(Number(limited[0]!.headers['retry-after'])).toBeGreaterThan(0);
    const other = await request(server).get('/api/auth/me').set('Cookie', seats.cookieOf(seats.members[1]!));
    expect(other.status).toBe(200);
  });
});

const REDIS_URL = process.env.REDIS_URL;

describe.skipIf(!REDIS_URL)(
  'limits on each person across two API nodes sharing Redis (needs REDIS_URL)',
  () => {
    let nodeA: ListeningTestApp;
    let nodeB: NestExpressApplication;
    let baseUrlB: string;
    let dataSource: DataSource;
    const clients: MeetingClient[] = [];

    beforeAll(async () => {
      // Both nodes count in the same keys; another test run on this Redis counts in its own.
      const env = {
        ...LIMITS,
        REDIS_URL: REDIS_URL!,
        REDIS_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}:`,
      };
      nodeA = await startListeningTestApp(env);
      nodeB = await createApp(
        loadConfig({
          NODE_ENV: 'test',
          DEMO_DATA: 'off',
          LOG_LEVEL: 'error',
          SECRETS_KEY: TEST_SECRETS_KEY,
          ...env,
        }),
        nodeA.database.url,
      );
      await nodeB.listen(0, '127.0.0.1');
      baseUrlB = `http://127.0.0.1:${(nodeB.getHttpServer().address() as { port: number }).port}`;
      dataSource = nodeA.app.get(DataSource);
    });
    afterAll(async () => {
      clients.forEach((c) => c.close());
      await nodeB?.close();
      await nodeA?.close();
    });

    it("holds a member's connections and votes to one limit whichever node they reach", async () => {
      const chair = await aUser(dataSource, { roles: ['chair'] });
      const flooder = await aUser(dataSource, { roles: ['panel_member'] });
      const meeting = await aMeeting(dataSource, { chair: chair.id, members: [flooder.id] });
      const item = { meetingId: meeting.meetingId, itemId: meeting.itemIds[0]! };
      const chairOnA = await MeetingClient.connect(nodeA.baseUrl, await signIn(nodeA, chair));
      clients.push(chairOnA);
      await chairOnA.join(meeting.meetingId);
      expect(await chairOnA.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
        ok: true,
      });
      expect(await chairOnA.send('voting.open', item)).toMatchObject({ ok: true });

      const cookie = await signIn(nodeA, flooder);
      for (const baseUrl of [nodeA.baseUrl, nodeA.baseUrl, baseUrlB, baseUrlB])
        expect(await tryConnect(baseUrl, cookie, clients)).toBeNull();
      const fifth = await tryConnect(baseUrlB, cookie, clients);
      expect(fifth?.data).toMatchObject({ code: 'rate_limited' });
      await clients.at(-1)!.join(meeting.meetingId);

      const { accepted, refusals, mostAllowed } = await flood(clients.slice(-4), item, 200);
      expect(refusals.length).toBeGreaterThan(0);
      expect(accepted).toBeLessThanOrEqual(mostAllowed);
      expect(await storedVotesAndAudit(dataSource, flooder.id)).toEqual({ votes: accepted, audit: accepted });
    });
  },
);
