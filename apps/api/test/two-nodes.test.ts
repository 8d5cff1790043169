import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const REDIS_URL = process.env.REDIS_URL;

/** Two API nodes sharing rooms through Redis: a meeting works whichever node each member is on. */
// In CI Redis must be there: a missing REDIS_URL fails rather than skips.
describe.skipIf(!REDIS_URL && !process.env.CI)('one meeting across two API nodes (needs REDIS_URL)', () => {
  let database: TestDatabase;
  const nodes: ApiProcess[] = [];
  const clients: MeetingClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all(nodes.map((n) => n.stop('SIGTERM')));
    await database?.drop();
  });

  it('delivers a vote cast on one node to members on the other, and shows presence across both', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    const chair = await aUser(dataSource, { roles: ['chair'] });
    const members: TestUser[] = [];
    for (let i = 0; i < 4; i++) members.push(await aUser(dataSource, { roles: ['panel_member'] }));
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: members.map((m) => m.id) });
    await dataSource.destroy();

    const [a, b] = await Promise.all([
      startApiProcess({ DATABASE_URL: database.url, REDIS_URL }),
      startApiProcess({ DATABASE_URL: database.url, REDIS_URL }),
    ]);
    nodes.push(a, b);
    const connectOn = async (node: ApiProcess, user: TestUser) => {
      const response = await fetch(`${node.baseUrl}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      const cookie = response.headers
        .getSetCookie()
        .find((c) => c.startsWith('convene_session='))!
        .split(';')[0]!;
      const client = await MeetingClient.connect(node.baseUrl, cookie);
      clients.push(client);
      await client.join(meeting.meetingId);
      return client;
    };
    // The chair and two members on node A, two members on node B.
    const chairOnA = await connectOn(a, chair);
    const onA = [await connectOn(a, members[0]!), await connectOn(a, members[1]!)];
    const onB = [await connectOn(b, members[2]!), await connectOn(b, members[3]!)];

    await expect
      .poll(
        () =>
          (
            chairOnA.frames.filter((f) => f.event === 'presence.changed').at(-1)?.args[0] as
              { present: string[] } | undefined
          )?.present.length,
      )
      .toBe(5);

    expect(await chairOnA.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
      ok: true,
    });
    expect(
      await chairOnA.send('voting.open', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] }),
    ).toMatchObject({ ok: true });
    await onB[0]!.waitForEvent((e) => e.type === 'voting.opened');

    const ack = await onB[0]!.send('vote.cast', {
      meetingId: meeting.meetingId,
      itemId: meeting.itemIds[0],
      choice: 'agree',
      reason: 'voted on node B',
    });
    expect(ack.ok).toBe(true);
    const seenOnA = await onA[0]!.waitForEvent((e) => e.type === 'vote.cast');
    expect(seenOnA.payload).toMatchObject({ voterId: members[2]!.id, votedCount: 1 });
    expect(seenOnA.sequence).toBe((ack as { version: number }).version);

    await Promise.all(
      [...onA, onB[1]!].map((c) =>
        c.send('vote.cast', {
          meetingId: meeting.meetingId,
          itemId: meeting.itemIds[0],
          choice: 'refuse',
          reason: 'x',
        }),
      ),
    );
    await chairOnA.send('voting.close', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });
    await chairOnA.send('votes.reveal', { meetingId: meeting.meetingId, itemId: meeting.itemIds[0] });
    const revealedOnB = await onB[1]!.waitForEvent((e) => e.type === 'votes.revealed');
    expect((revealedOnB.payload as { tally: object }).tally).toEqual({ agree: 1, refuse: 3 });
  });
});
