import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsService } from '../src/identity/sessions.service.js';
import { aUser, type TestUser } from './support/factories.js';
import { aCodeAt as codeAt, aTwoStepCode, enrolTwoStep, signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const sessionCookie = (response: request.Response) =>
  ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('convene_session='))
    ?.split(';')[0];

describe('two-step sign-in with an authenticator app', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const http = () => request(test.app.getHttpServer());
  const signInWith = (user: TestUser, code?: string) =>
    http()
      .post('/api/auth/sign-in')
      .send({ email: user.email, password: user.password, ...(code === undefined ? {} : { code }) });

  const enrol = (cookie: string) => enrolTwoStep(test, cookie);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('lets a panel member set it up with a QR code, confirmed by a first code, and never shows the secret again', async () => {
    const member = await aUser(dataSource);
    const cookie = await signIn(test, member);
    const started = await http().post('/api/auth/two-step/enrolment').set('Cookie', cookie).expect(200);
    expect(started.body.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Convene:.*secret=/);
    expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/);
    // Not on until a first code confirms the app.
    await signInWith(member).expect(200);
    await http()
      .post('/api/auth/two-step/enrolment/confirm')
      .set('Cookie', cookie)
      .send({ code: '000000' })
      .expect(401);
    const confirmed = await http()
      .post('/api/auth/two-step/enrolment/confirm')
      .set('Cookie', cookie)
      .send({ code: await codeAt(started.body.secret as string) })
      .expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    const status = await http().get('/api/auth/two-step').set('Cookie', cookie).expect(200);
    expect(status.body).toEqual({ on: true, requiredForYou: false, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status.body)).not.toContain(started.body.secret);
    await http().post('/api/auth/two-step/enrolment').set('Cookie', cookie).expect(409);
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1`, [
      member.id,
    ]);
    expect(row.n).toBe(10);
    const stored = await dataSource.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [
      member.id,
    ]);
    for (const code of confirmed.body.recoveryCodes as string[])
      expect(stored.map((r: { code_hash: string }) => r.code_hash)).not.toContain(code);
  });

  it('asks for the code after the password, refuses a wrong or reused one, and signs in with the right one', async () => {
    const member = await aUser(dataSource);
    const { secret, firstCode } = await enrol(await signIn(test, member));
    const noCode = await signInWith(member).expect(401);
    expect(noCode.body.code).toBe('two_step_code_required');
    expect(sessionCookie(noCode)).toBeUndefined();
    const wrong = await signInWith(member, '123456').expect(401);
    expect(wrong.body.code).toBe('two_step_code_wrong');
    // The code that confirmed enrolment is not accepted again.
    await signInWith(member, firstCode).expect(401);
    const next = await codeAt(secret, 1);
    const signedIn = await signInWith(member, next).expect(200);
    expect(signedIn.body.twoStepOn).toBe(true);
    expect(sessionCookie(signedIn)).toBeDefined();
    const replayed = await signInWith(member, next).expect(401);
    expect(replayed.body.code).toBe('two_step_code_wrong');
  });

  it('takes each recovery code once', async () => {
    const member = await aUser(dataSource);
    const { recoveryCodes } = await enrol(await signIn(test, member));
    const [code] = recoveryCodes;
    await signInWith(member, code!.toUpperCase()).expect(200);
    await signInWith(member, code).expect(401);
    const cookie = sessionCookie(await signInWith(member, recoveryCodes[1]).expect(200))!;
    const status = await http().get('/api/auth/two-step').set('Cookie', cookie).expect(200);
    expect(status.body.recoveryCodesLeft).toBe(8);
  });

  it('lets a member turn it off with a current code, but not an administrator', async () => {
    const member = await aUser(dataSource);
    const cookie = await signIn(test, member);
    const { secret } = await enrol(cookie);
    await http()
      .post('/api/auth/two-step/disable')
      .set('Cookie', cookie)
      .send({ code: await codeAt(secret, 1) })
      .expect(204);
    await signInWith(member).expect(200);

    const admin = await aUser(dataSource, { roles: ['admin'] });
    const adminCookie = await signIn(test, admin);
    const refused = await http()
      .post('/api/auth/two-step/disable')
      .set('Cookie', adminCookie)
      .send({ code: await aTwoStepCode(test, admin) })
      .expect(403);
    expect(refused.body.code).toBe('two_step_required_for_admins');
  });

  it('lets an administrator without it sign in only to set it up', async () => {
    const admin = await aUser(dataSource, { roles: ['admin'], twoStep: false });
    const signedIn = await signInWith(admin).expect(200);
    expect(signedIn.body.mustEnrolTwoStep).toBe(true);
    const cookie = sessionCookie(signedIn)!;
    const refused = await http().get('/api/admin/users').set('Cookie', cookie).expect(403);
    expect(refused.body.code).toBe('two_step_enrolment_required');
    await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .send({ email: 'x@council.example', displayName: 'X', agencyId: admin.agencyId, roles: ['admin'] })
      .expect(403);
    await http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    await http().get('/api/health').set('Cookie', cookie).expect(200);
    await enrol(cookie);
    await http().get('/api/admin/users').set('Cookie', cookie).expect(200);
    const me = await http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ twoStepOn: true, mustEnrolTwoStep: false });
  });

  it('does not ask an administrator who came through the council’s single sign-on for a second factor', async () => {
    const admin = await aUser(dataSource, { roles: ['admin'], twoStep: false });
    const { token } = await test.app.get(SessionsService).start(admin.id, 'oidc');
    await http().get('/api/admin/users').set('Cookie', `convene_session=${token}`).expect(200);
  });

  it('lets an administrator reset someone who lost their app, in the audit trail', async () => {
    const admin = await aUser(dataSource, { roles: ['admin'] });
    const adminCookie = await signIn(test, admin);
    const member = await aUser(dataSource);
    await enrol(await signIn(test, member));
    await signInWith(member).expect(401);
    await http().post(`/api/admin/users/${member.id}/two-step/reset`).set('Cookie', adminCookie).expect(204);
    await signInWith(member).expect(200);
    const [audit] = await dataSource.query(
      `SELECT action, actor_id, before, after FROM audit_records WHERE entity_id = $1 AND action = 'user.two_step_reset'`,
      [member.id],
    );
    expect(audit).toMatchObject({ actor_id: admin.id, before: { twoStep: true }, after: { twoStep: false } });
    // Nothing to reset twice; a member may not reset anyone.
    await http().post(`/api/admin/users/${member.id}/two-step/reset`).set('Cookie', adminCookie).expect(409);
    await http()
      .post(`/api/admin/users/${admin.id}/two-step/reset`)
      .set('Cookie', await signIn(test, member))
      .expect(403);
  });
});
