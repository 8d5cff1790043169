import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('arranging a Decision-Making Group', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let member: TestUser;
  let flo: TestUser;
  let cookie: string;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair'] });
    member = await aUser(dataSource, { roles: ['panel_member'] });
    flo = await aUser(dataSource, { roles: ['presenter'] });
    cookie = await signIn(test, chair);
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('dmg', 'Wednesday DMG') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member')`,
      [group.id, chair.id, member.id],
    );
  });
  afterAll(async () => {
    await test?.close();
  });

  it('builds the agenda from the pipeline, most urgent first, and invites the group and the presenters', async () => {
    const ready = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(10) });
    const urgent = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(30) });
    const tooNew = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(2) });
    const assessed = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(12 * 7) });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'assessment', decision_to_assess_on = $2 WHERE id = $1`,
      [assessed.requestId, daysAgo(70)],
    );
    const inCare = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(20) });
    await dataSource.query(`UPDATE children SET vulnerability_markers = '{looked_after}' WHERE id = $1`, [
      inCare.childId,
    ]);

    const starts = new Date(Date.now() + 86_400_000);
    const response = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', cookie)
      .send({
        kind: 'dmg',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3 * 3600_000).toISOString(),
      })
      .expect(201);
    const items = await dataSource.query(
      `SELECT kind, request_id, presenter_id, position FROM agenda_items WHERE meeting_id = $1 ORDER BY position`,
      [response.body.id],
    );
    const requests = items.map((i: { request_id: string }) => i.request_id);
    expect(requests).toContain(ready.requestId);
    expect(requests).not.toContain(tooNew.requestId);
    expect(requests).not.toContain(inCare.requestId);
    expect(requests.indexOf(urgent.requestId)).toBeLessThan(requests.indexOf(ready.requestId));
    expect(items.find((i: { request_id: string }) => i.request_id === assessed.requestId).kind).toBe(
      'decision_to_issue',
    );
    expect(items.every((i: { presenter_id: string }) => i.presenter_id === flo.id)).toBe(true);
    const members = await dataSource.query(
      `SELECT user_id, role FROM meeting_members WHERE meeting_id = $1 ORDER BY role`,
      [response.body.id],
    );
    expect(members).toEqual(
      expect.arrayContaining([
        { user_id: chair.id, role: 'chair' },
        { user_id: member.id, role: 'member' },
        { user_id: flo.id, role: 'presenter' },
      ]),
    );

    // The same requests are not put on a second meeting while the first is still to come.
    const again = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', cookie)
      .send({
        kind: 'dmg',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
      })
      .expect(201);
    const second = await dataSource.query(`SELECT request_id FROM agenda_items WHERE meeting_id = $1`, [
      again.body.id,
    ]);
    expect(second.map((i: { request_id: string }) => i.request_id)).not.toContain(ready.requestId);
  });

  it('puts Children in Care cases on their own group, as restricted items', async () => {
    const starts = new Date(Date.now() + 2 * 86_400_000);
    const response = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', cookie)
      .send({
        kind: 'dmg_children_in_care',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
      })
      .expect(201);
    const items = await dataSource.query(`SELECT restricted FROM agenda_items WHERE meeting_id = $1`, [
      response.body.id,
    ]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: { restricted: boolean }) => i.restricted)).toBe(true);
  });

  it('refuses a meeting that ends before it starts, naming the field', async () => {
    const response = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', cookie)
      .send({ kind: 'dmg', startsAt: '2026-12-02T12:00:00Z', endsAt: '2026-12-02T09:00:00Z' })
      .expect(400);
    expect(response.body.fields[0].field).toBe('endsAt');
  });

  it('arranges a weekly series at the same English time, and builds a later sitting’s agenda nearer its day', async () => {
    // 09:30 in England on Wednesday 24 March 2027; the clocks go forward on the 28th.
    const response = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', cookie)
      .send({
        kind: 'dmg',
        startsAt: '2027-03-24T09:30:00Z',
        endsAt: '2027-03-24T12:30:00Z',
        repeatWeeks: 2,
        title: 'Wednesday DMG',
      })
      .expect(201);
    expect(response.body.series).toHaveLength(3);
    expect(response.body.series[0]).toBe(response.body.id);
    const sittings = await dataSource.query(
      `SELECT m.id, m.starts_at, (SELECT count(*)::int FROM agenda_items a WHERE a.meeting_id = m.id) AS items,
              (SELECT count(*)::int FROM meeting_members mm WHERE mm.meeting_id = m.id AND mm.role = 'chair') AS chairs
         FROM meetings m WHERE m.id = ANY($1) ORDER BY m.starts_at`,
      [response.body.series],
    );
    expect(sittings.map((m: { starts_at: Date }) => new Date(m.starts_at).toISOString())).toEqual([
      '2027-03-24T09:30:00.000Z',
      '2027-03-31T08:30:00.000Z',
      '2027-04-07T08:30:00.000Z',
    ]);
    expect(sittings.map((m: { chairs: number }) => m.chairs)).toEqual([1, 1, 1]);
    expect(sittings[1].items).toBe(0);

    const waiting = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(9) });
    const later = response.body.series[1];
    const built = await request(test.app.getHttpServer())
      .post(`/api/meetings/${later}/agenda/build`)
      .set('Cookie', cookie)
      .expect(201);
    expect(built.body.added).toBeGreaterThan(0);
    const items = await dataSource.query(
      `SELECT request_id, position FROM agenda_items WHERE meeting_id = $1 ORDER BY position`,
      [later],
    );
    expect(items.map((i: { request_id: string }) => i.request_id)).toContain(waiting.requestId);
    expect(items.map((i: { position: number }) => i.position)).toEqual(
      items.map((_: unknown, i: number) => i + 1),
    );
    // Built again, nothing is added twice.
    const again = await request(test.app.getHttpServer())
      .post(`/api/meetings/${later}/agenda/build`)
      .set('Cookie', cookie)
      .expect(201);
    expect(again.body.added).toBe(0);

    // Not for a chair who does not chair it, and not once it has started.
    const otherChair = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    await request(test.app.getHttpServer())
      .post(`/api/meetings/${later}/agenda/build`)
      .set('Cookie', otherChair)
      .expect(404);
    await dataSource.query(`UPDATE meetings SET status = 'in_progress' WHERE id = $1`, [later]);
    await request(test.app.getHttpServer())
      .post(`/api/meetings/${later}/agenda/build`)
      .set('Cookie', cookie)
      .expect(409);
  });

  it('refuses a series longer than twelve weeks', async () => {
    const response = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', cookie)
      .send({
        kind: 'dmg',
        startsAt: '2026-12-02T09:30:00Z',
        endsAt: '2026-12-02T12:00:00Z',
        repeatWeeks: 13,
      })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('repeatWeeks');
  });
});
