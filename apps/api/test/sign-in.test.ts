import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT_FAILURES } from '../src/identity/sign-in.service.js';
import { aUser, type TestUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const sessionCookie = (response: request.Response) =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('convene_session='));

describe('signing in with email and password', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
  });
  afterAll(async () => {
    await test?.close();
  });

  it('signs in and sets an HttpOnly, SameSite session cookie', async () => {
    const response = await http()
      .post('/api/auth/sign-in')
      .send({ email: chair.email.toUpperCase(), password: chair.password })
      .expect(200);
    expect(response.body).toMatchObject({
      id: chair.id,
      email: chair.email,
      roles: ['chair', 'panel_member'],
    });
    const cookie = sessionCookie(response)!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await http().get('/api/auth/me').set('Cookie', cookie.split(';')[0]!).expect(200);
    expect(me.body.id).toBe(chair.id);
  });

  it('refuses a wrong password with the same answer as an unknown address', async () => {
    const wrong = await http()
      .post('/api/auth/sign-in')
      .send({ email: chair.email, password: 'nope' })
      .expect(401);
    const unknown = await http()
      .post('/api/auth/sign-in')
      .send({ email: 'nobody@council.example', password: 'nope' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(sessionCookie(wrong)).toBeUndefined();
  });

  it('names the field when the email is not an email address, and signs nobody in', async () => {
    const response = await http()
      .post('/api/auth/sign-in')
      .send({ email: 'chair', password: 'x' })
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['email']);
  });

  it('refuses fields it does not know', async () => {
    const response = await http()
      .post('/api/auth/sign-in')
      .send({ email: chair.email, password: chair.password, admin: true })
      .expect(400);
    expect(response.body.fields[0].field).toBe('admin');
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const signedIn = await http()
      .post('/api/auth/sign-in')
      .send({ email: chair.email, password: chair.password })
      .expect(200);
    const cookie = sessionCookie(signedIn)!.split(';')[0]!;
    const out = await http().post('/api/auth/sign-out').set('Cookie', cookie).expect(204);
    expect(sessionCookie(out)).toMatch(/Expires=Thu, 01 Jan 1970/);
    await http().get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it('ends a session left idle for two hours, and keeps one in use alive', async () => {
    const signIn = async () =>
      sessionCookie(
        await http()
          .post('/api/auth/sign-in')
          .send({ email: chair.email, password: chair.password })
          .expect(200),
      )!.split(';')[0]!;
    const lastSeen = async (cookie: string) =>
      (
        await dataSource.query(
          `SELECT last_seen_at FROM sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
          [cookie.split('=')[1]],
        )
      )[0].last_seen_at as Date;
    const idleFor = (cookie: string, minutes: number) =>
      dataSource.query(
        `UPDATE sessions SET last_seen_at = now() - make_interval(mins => $2) WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [cookie.split('=')[1], minutes],
      );

    const idle = await signIn();
    await idleFor(idle, 121);
    await http().get('/api/auth/me').set('Cookie', idle).expect(401);

    const inUse = await signIn();
    await idleFor(inUse, 119);
    await http().get('/api/auth/me').set('Cookie', inUse).expect(200);
    expect(Date.now() - (await lastSeen(inUse)).getTime()).toBeLessThan(60_000);
    // Used again within the minute: nothing is written, and the session stays alive.
    const noted = await lastSeen(inUse);
    await http().get('/api/auth/me').set('Cookie', inUse).expect(200);
    expect((await lastSeen(inUse)).getTime()).toBe(noted.getTime());
  });

  it('accepts the session token as a bearer token, for integrations', async () => {
    const signedIn = await http()
      .post('/api/auth/sign-in')
      .send({ email: chair.email, password: chair.password })
      .expect(200);
    const token = sessionCookie(signedIn)!.split(';')[0]!.split('=')[1]!;
    await http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await http().get('/api/auth/me').set('Authorization', 'Bearer made-up').expect(401);
  });

  it('locks an account after repeated failures, even against the right password, and says so', async () => {
    const member = await aUser(dataSource);
    for (let i = 0; i < LOCKOUT_FAILURES - 1; i++) {
      await http()
        .post('/api/auth/sign-in')
        .send({ email: member.email, password: `guess ${i}` })
        .expect(401);
    }
    const last = await http()
      .post('/api/auth/sign-in')
      .send({ email: member.email, password: 'final guess' })
      .expect(423);
    expect(last.body.code).toBe('account_locked');
    const right = await http()
      .post('/api/auth/sign-in')
      .send({ email: member.email, password: member.password })
      .expect(423);
    expect(right.body.message).toMatch(/Try again after \d\d:\d\d/);
    expect(sessionCookie(right)).toBeUndefined();
  });

  it('does not let a deactivated user sign in', async () => {
    const leaver = await aUser(dataSource, { active: false });
    await http()
      .post('/api/auth/sign-in')
      .send({ email: leaver.email, password: leaver.password })
      .expect(401);
  });

  it('asks for sign-in on a protected route without a session', async () => {
    const response = await http().get('/api/auth/me').expect(401);
    expect(response.body).toEqual({ statusCode: 401, code: 'unauthorised', message: 'You need to sign in.' });
  });
});
