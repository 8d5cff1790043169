import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/load-config.js';
import { aUser, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/**
 * A node remembers an item's voting roll from one vote to the next. What another node changes in the meeting
 * meanwhile must still count: the chair's commands here go through node A, the members' votes through node B.
 * (No Redis: the two nodes share only the database, which is all these rules depend on.)
 */
describe('votes decided on what a node remembers', () => {
  let nodeA: ListeningTestApp;
  let nodeB: NestExpressApplication;
  let baseUrlB: string;
  let dataSource: DataSource;
  let chair: TestUser;
  let members: TestUser[];
  const clients: MeetingClient[] = [];

  beforeAll(async () => {
    nodeA = await startListeningTestApp();
    nodeB = await createApp(loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', LOG_LEVEL: 'error' }), nodeA.database.url);
    await nodeB.listen(0, '127.0.0.1');
    baseUrlB = `http://127.0.0.1:${(nodeB.getHttpServer().address() as { port: number }).port}`;
    dataSource = nodeA.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair'] });
    members = [];
    for (let i = 0; i < 4; i++) members.push(await aUser(dataSource, { roles: ['panel_member'] }));
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await nodeB?.close();
    await nodeA?.close();
  });

  const connect = async (baseUrl: string, user: TestUser, meetingId: string) => {
    const client = await MeetingClient.connect(baseUrl, await signIn(nodeA, user));
    clients.push(client);
    await client.join(meetingId);
    return client;
  };

  it("honours the chair's changes made on another node since this node's last vote, and counts every voter once", async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id, members: members.map((m) => m.id) });
    const item = { meetingId: meeting.meetingId, itemId: meeting.itemIds[0]! };
    const chairOnA = await connect(nodeA.baseUrl, chair, meeting.meetingId);
    const [first, second, third, fourth] = await Promise.all(members.map((m) => connect(baseUrlB, m, meeting.meetingId)));
    expect(await chairOnA.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({ ok: true });
    expect(await chairOnA.send('voting.open', item)).toMatchObject({ ok: true });

    // Node B now remembers the roll with the first member present.
    expect(await first!.send('vote.cast', { ...item, choice: 'agree', reason: 'first thoughts' })).toMatchObject({ ok: true });
    expect(await chairOnA.send('attendance.mark', { meetingId: meeting.meetingId, userId: members[0]!.id, attendance: 'absent' })).toMatchObject({ ok: true });
    expect(await first!.send('vote.cast', { ...item, choice: 'refuse', reason: 'changed my mind' })).toMatchObject({ ok: false, code: 'wrong_state' });

    // Node B now remembers the first member as absent; the chair marks them present again on node A.
    expect(await second!.send('vote.cast', { ...item, choice: 'refuse', reason: 'second' })).toMatchObject({ ok: true });
    expect(await chairOnA.send('attendance.mark', { meetingId: meeting.meetingId, userId: members[0]!.id, attendance: 'present' })).toMatchObject({ ok: true });
    expect(await first!.send('vote.cast', { ...item, choice: 'refuse', reason: 'changed my mind' })).toMatchObject({ ok: true });

    // Votes on node B in a burst, each member's twice: every one numbered once, the count exact throughout.
    const burst = await Promise.all([third, fourth, second, third].map((c) => c!.send('vote.cast', { ...item, choice: 'agree', reason: 'burst' })));
    expect(burst.every((a) => a.ok)).toBe(true);

    expect(await chairOnA.send('voting.close', { ...item, inquorateReason: 'four members on this test panel' })).toMatchObject({ ok: true });
    expect(await fourth!.send('vote.cast', { ...item, choice: 'refuse', reason: 'too late' })).toMatchObject({ ok: false, code: 'wrong_state' });

    const events: { sequence: string; payload: { voterId: string; votedCount: number } }[] = await dataSource.query(
      `SELECT sequence, payload FROM meeting_events WHERE meeting_id = $1 AND type = 'vote.cast' ORDER BY sequence`,
      [meeting.meetingId],
    );
    const [{ n: rows }] = await dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE agenda_item_id = $1`, [item.itemId]);
    expect(rows).toBe(7);
    expect(events).toHaveLength(7);
    // Each event counts the members who had voted by then, as the votes table has them.
    const seen = new Set<string>();
    for (const event of events) {
      seen.add(event.payload.voterId);
      expect(event.payload.votedCount).toBe(seen.size);
    }
    expect(seen.size).toBe(4);
  });
});
