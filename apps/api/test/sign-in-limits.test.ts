import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_FAILURES, LOCKOUT_FAILURES } from '../src/identity/sign-in.service.js';
import { aUser, type TestUser } from './support/factories.js';
import { cookieFrom } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('sign-in limits slow whoever guesses, not the owner', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let next = 1;
  /** A fresh address for each test, so one test's failures never slow another (trust proxy: loopback). */
  const anAddress = () => `203.0.113.${next++}`;
  const http = () => request(test.app.getHttpServer());
  const signIn = (user: TestUser, password: string, from: string, deviceCookie?: string) => {
    const call = http().post('/api/auth/sign-in').set('X-Forwarded-For', from);
    if (deviceCookie) call.set('Cookie', deviceCookie);
    return call.send({ email: user.email, password });
  };

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('lets the chair in on a browser she has used before after five wrong passwords from five addresses', async () => {
    const chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    const first = await signIn(chair, chair.password, anAddress()).expect(200);
    const device = cookieFrom(first, 'convene_device')!;
    expect(device).toBeDefined();
    expect(([] as string[]).concat(first.headers['set-cookie'] ?? []).join()).toMatch(
      /convene_device=[^;]+;.*HttpOnly/i,
    );

    for (let i = 0; i < LOCKOUT_FAILURES; i++)
      await signIn(chair, `guess ${i}`, anAddress()).expect([401, 423]);
    // A stranger's browser is locked out, right password or not, and is told when to come back.
    const stranger = await signIn(chair, chair.password, anAddress()).expect(423);
    expect(stranger.body.code).toBe('account_locked');
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);

    const owner = await signIn(chair, chair.password, anAddress(), device).expect(200);
    expect(cookieFrom(owner, 'convene_session')).toBeDefined();
  });

  it('tells the owner how many sign-ins failed since she last signed in, once', async () => {
    const member = await aUser(dataSource);
    await signIn(member, member.password, anAddress()).expect(200);
    for (let i = 0; i < 3; i++) await signIn(member, `guess ${i}`, anAddress()).expect(401);
    const warned = await signIn(member, member.password, anAddress()).expect(200);
    expect(warned.body.failedAttemptsSinceLastSignIn).toBe(3);
    const next = await signIn(member, member.password, anAddress()).expect(200);
    expect(next.body.failedAttemptsSinceLastSignIn).toBe(0);
  });

  it('lets 31 people sign in correctly from one office address within five minutes', async () => {
    const office = anAddress();
    const member = await aUser(dataSource);
    for (let i = 0; i < ADDRESS_FAILURES + 1; i++) await signIn(member, member.password, office).expect(200);
  });

  it('slows an address that keeps failing, saying when to come back, but not the owner on her known device', async () => {
    const office = anAddress();
    const owner = await aUser(dataSource);
    const device = cookieFrom(await signIn(owner, owner.password, office).expect(200), 'convene_device')!;
    // Failures spread over many accounts, so no one account locks.
    const guessed = await Promise.all(Array.from({ length: 8 }, () => aUser(dataSource)));
    for (let i = 0; i < ADDRESS_FAILURES; i++)
      await signIn(guessed[i % guessed.length]!, `guess ${i}`, office).expect(401);
    const slowed = await signIn(guessed[0]!, guessed[0]!.password, office).expect(429);
    expect(slowed.body.code).toBe('too_many_attempts');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    await signIn(owner, owner.password, office, device).expect(200);
  });

  it('locks a known device after five failures on it, without locking the owner’s other known devices', async () => {
    const member = await aUser(dataSource);
    const laptop = cookieFrom(
      await signIn(member, member.password, anAddress()).expect(200),
      'convene_device',
    )!;
    const tablet = cookieFrom(
      await signIn(member, member.password, anAddress()).expect(200),
      'convene_device',
    )!;
    for (let i = 0; i < LOCKOUT_FAILURES; i++)
      await signIn(member, `guess ${i}`, anAddress(), laptop).expect([401, 423]);
    await signIn(member, member.password, anAddress(), laptop).expect(423);
    await signIn(member, member.password, anAddress(), tablet).expect(200);
  });

  it('does not take another account’s device cookie as a known device', async () => {
    const owner = await aUser(dataSource);
    const victim = await aUser(dataSource);
    const device = cookieFrom(
      await signIn(owner, owner.password, anAddress()).expect(200),
      'convene_device',
    )!;
    for (let i = 0; i < LOCKOUT_FAILURES; i++)
      await signIn(victim, `guess ${i}`, anAddress(), device).expect([401, 423]);
    await signIn(victim, victim.password, anAddress(), device).expect(423);
  });
});
