import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/**
 * A server killed mid-meeting loses nothing it acknowledged: votes are committed before they are
 * acknowledged, retries with the same key act once, and the room comes back from the database.
 */
describe('killing the API mid-meeting', () => {
  let database: TestDatabase;
  let db: pg.Client;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await db?.end();
    await database?.drop();
  });

  it('keeps every acknowledged vote, exactly once, and gives reconnecting members the same room', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    const chair = await aUser(dataSource, { roles: ['chair'] });
    const members: TestUser[] = [];
    for (let i = 0; i < 8; i++) members.push(await aUser(dataSource, { roles: ['panel_member'] }));
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: members.map((m) => m.id) });
    await dataSource.destroy();

    api = await startApiProcess({ DATABASE_URL: database.url });
    const cookieFor = async (user: TestUser) => {
      const response = await fetch(`${api!.baseUrl}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      return response.headers
        .getSetCookie()
        .find((c) => c.startsWith('convene_session='))!
        .split(';')[0]!;
    };
    const cookies = new Map<string, string>();
    for (const user of [chair, ...members]) cookies.set(user.id, await cookieFor(user));

    const chairClient = await MeetingClient.connect(api.baseUrl, cookies.get(chair.id)!);
    await chairClient.join(meeting.meetingId);
    const clients = await Promise.all(
      members.map((m) => MeetingClient.connect(api!.baseUrl, cookies.get(m.id)!)),
    );
    await Promise.all(clients.map((c) => c.join(meeting.meetingId)));
    await chairClient.send('meeting.start', { meetingId: meeting.meetingId });
    await chairClient.send('voting.open', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });

    // Every member keeps changing their vote as fast as acknowledgements come back; the server is killed mid-stream.
    const acknowledged: string[] = [];
    const acknowledgedBy = new Map<number, { key: string; choice: string; reason: string }[]>();
    const sent: string[] = [];
    let running = true;
    const voting = clients.map(async (client, index) => {
      for (let round = 0; running && round < 200; round++) {
        const key = randomUUID();
        sent.push(key);
        const vote = { choice: round % 2 ? 'agree' : 'refuse', reason: `member ${index} round ${round}` };
        const ack = await client
          .send('vote.cast', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0], ...vote }, key)
          .catch(() => null);
        if (ack?.ok) {
          acknowledged.push(key);
          acknowledgedBy.set(index, [...(acknowledgedBy.get(index) ?? []), { key, ...vote }]);
        } else break;
      }
    });
    while (acknowledged.length < 120) await new Promise((r) => setTimeout(r, 5));
    api.child.kill('SIGKILL');
    await api.exited;
    running = false;
    await Promise.all(voting);
    [chairClient, ...clients].forEach((c) => c.close());

    const receipts = await db.query(`SELECT idempotency_key FROM meeting_events WHERE type = 'vote.cast'`);
    const stored = new Set(receipts.rows.map((r: { idempotency_key: string }) => r.idempotency_key));
    const lost = acknowledged.filter((key) => !stored.has(key));
    expect(lost, 'acknowledged votes missing after the kill').toEqual([]);
    const votes = await db.query(`SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`, [
      meeting.itemIds[0],
    ]);
    expect(votes.rows[0].n, 'one vote row per committed command: none twice').toBe(stored.size);

    // Start again on the same database; members reconnect and retry what was never acknowledged.
    api = await startApiProcess({ DATABASE_URL: database.url });
    const back = await MeetingClient.connect(api.baseUrl, cookies.get(members[0]!.id)!);
    const snapshot = await back.join(meeting.meetingId);
    expect(snapshot.meeting.status).toBe('in_progress');
    expect(snapshot.agenda[0]!.votingStatus).toBe('open');
    expect(snapshot.agenda[0]!.voterIds.sort()).toEqual(members.map((m) => m.id).sort());
    // The first member retries their own last acknowledged vote, as a client that never saw the ack would: the same
    // vote with the same key.
    const { key: lastAcked, ...lastVote } = acknowledgedBy.get(0)!.at(-1)!;
    const retry = await back.send(
      'vote.cast',
      { meetingId: meeting.meetingId, itemId: meeting.itemIds[0], ...lastVote },
      lastAcked,
    );
    expect(retry.ok).toBe(true);
    const after = await db.query(`SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`, [
      meeting.itemIds[0],
    ]);
    expect(after.rows[0].n, 'a retried, already-committed vote is not stored again').toBe(stored.size);
    expect(sent.length).toBeGreaterThan(acknowledged.length - 1);
    back.close();
  });
});
