import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe("a person's meetings as a calendar feed for Outlook", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let member: TestUser;
  let cookie: string;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    const chair = await aUser(dataSource, { roles: ['chair'] });
    member = await aUser(dataSource, { roles: ['panel_member'] });
    cookie = await signIn(test, member);
    await aMeeting(dataSource, { chair: chair.id, members: [member.id], items: [{}, {}] });
    await aMeeting(dataSource, { chair: chair.id }); // not the member's
  });
  afterAll(async () => {
    await test?.close();
  });

  it('serves the meetings the person is invited to, without a session, by a secret address that a new one revokes', async () => {
    const { body } = await request(test.app.getHttpServer())
      .post('/api/calendar/feed')
      .set('Cookie', cookie)
      .expect(201);
    expect(body.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const feed = await request(test.app.getHttpServer()).get(body.path).expect(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = feed.text.replace(/\r\n /g, ''); // long lines are folded
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('SUMMARY:Test panel');
    expect(ics).toContain('You are invited as member. 2 items on the agenda.');
    expect(ics).not.toContain('Wobbly'); // the test children's given name: no child in a calendar
    const [stored] = await dataSource.query(`SELECT calendar_token_hash FROM users WHERE id = $1`, [
      member.id,
    ]);
    expect(stored.calendar_token_hash).not.toContain(body.path.slice(14, 46));

    const renewed = await request(test.app.getHttpServer())
      .post('/api/calendar/feed')
      .set('Cookie', cookie)
      .expect(201);
    await request(test.app.getHttpServer()).get(body.path).expect(404);
    await request(test.app.getHttpServer()).get(renewed.body.path).expect(200);
    await request(test.app.getHttpServer()).get('/api/calendar/not-a-feed.ics').expect(404);
  });

  it('stops when the person is deactivated', async () => {
    const { body } = await request(test.app.getHttpServer())
      .post('/api/calendar/feed')
      .set('Cookie', cookie)
      .expect(201);
    await dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [member.id]);
    await request(test.app.getHttpServer()).get(body.path).expect(404);
  });
});
