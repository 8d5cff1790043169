import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const sessionCookie = (response: request.Response) =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('convene_session='));

describe('requests forged by another website', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let chair: TestUser;
  let cookie: string;
  let agencyId: string;
  const http = () => request(test.app.getHttpServer());
  const newUser = (email: string) => ({
    email,
    displayName: 'Forged Person',
    agencyId,
    roles: ['admin'],
    password: 'a long enough password',
  });
  const usersCalled = async (email: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]))[0].n as number;

  beforeAll(async () => {
    test = await startTestApp({ PUBLIC_ORIGIN: 'https://convene.council.example' });
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    cookie = await signIn(test, admin);
    agencyId = await anAgency(dataSource, 'send', 'send_service');
  });
  afterAll(async () => {
    await test?.close();
  });

  it('refuses a form posted with the admin’s cookie (415) and adds nobody', async () => {
    const response = await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .type('form')
      .send(new URLSearchParams(newUser('forged@council.example')).toString())
      .expect(415);
    expect(response.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
    expect(await usersCalled('forged@council.example')).toBe(0);
  });

  it('refuses a plain-text body dressed as JSON, as a form with enctype=text/plain would send', async () => {
    await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(newUser('text@council.example')))
      .expect(415);
    expect(await usersCalled('text@council.example')).toBe(0);
  });

  it('refuses a write from a foreign Origin (403) and adds nobody', async () => {
    const response = await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .send(newUser('evil@council.example'))
      .expect(403);
    expect(response.body).toMatchObject({ statusCode: 403, code: 'cross_site_request' });
    expect(await usersCalled('evil@council.example')).toBe(0);
  });

  it('refuses a write a browser marks as cross-site when it sends no Origin', async () => {
    await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .set('Sec-Fetch-Site', 'cross-site')
      .send(newUser('fetch-site@council.example'))
      .expect(403);
    expect(await usersCalled('fetch-site@council.example')).toBe(0);
  });

  it('refuses a sign-in from another website, so nobody is signed in to the attacker’s account', async () => {
    const asForm = await http()
      .post('/api/auth/sign-in')
      .type('form')
      .send(new URLSearchParams({ email: chair.email, password: chair.password }).toString())
      .expect(415);
    expect(sessionCookie(asForm)).toBeUndefined();
    const foreign = await http()
      .post('/api/auth/sign-in')
      .set('Origin', 'https://evil.example')
      .send({ email: chair.email, password: chair.password })
      .expect(403);
    expect(sessionCookie(foreign)).toBeUndefined();
  });

  it('accepts the same writes from Convene itself, by its own address or PUBLIC_ORIGIN', async () => {
    await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .set('Host', 'convene.internal:3000')
      .set('Origin', 'http://convene.internal:3000')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(newUser('same-origin@council.example'))
      .expect(201);
    await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .set('Origin', 'https://convene.council.example')
      .send(newUser('public-origin@council.example'))
      .expect(201);
    const signedIn = await http()
      .post('/api/auth/sign-in')
      .set('Origin', 'https://convene.council.example')
      .send({ email: chair.email, password: chair.password })
      .expect(200);
    expect(sessionCookie(signedIn)).toBeDefined();
  });

  it('accepts an integration with a bearer token and no Origin, as curl or a council’s tools send', async () => {
    const token = cookie.split('=')[1]!;
    await http()
      .post('/api/admin/users')
      .set('Authorization', `Bearer ${token}`)
      .send(newUser('integration@council.example'))
      .expect(201);
  });

  it('accepts a sign-out with no body at all', async () => {
    const other = await signIn(test, chair);
    await http().post('/api/auth/sign-out').set('Cookie', other).expect(204);
  });
});
