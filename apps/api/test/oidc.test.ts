import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aFamilyMember, aUser, type TestUser } from './support/factories.js';
import {
  aClosedPort,
  startTestIdentityProvider,
  type TestIdentityProvider,
} from './support/oidc-provider.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CLIENT = {
  clientId: 'convene-northdale',
  clientSecret: 'the-client-secret-of-the-tests',
  // Registered with the provider and sent to it, but never fetched: the test is the browser and
  // carries the code and state from the provider's redirect to Convene's callback itself.
  redirectUri: 'http://127.0.0.1/api/auth/oidc/callback',
};
const LABEL = 'Sign in with your Northdale account';
const OIDC_VARIABLES = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
  'OIDC_SCOPES',
  'OIDC_BUTTON_LABEL',
];

/** Starts Convene with these OIDC_* variables (the rest unset), then puts the environment back. */
async function startConveneWith(env: Record<string, string>): Promise<TestApp> {
  const saved = new Map(OIDC_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of OIDC_VARIABLES) delete process.env[name];
  Object.assign(process.env, env);
  try {
    const test = await startTestApp();
    const wired = await request(test.app.getHttpServer()).get('/api/auth/oidc');
    if (wired.status !== 200) {
      await test.close();
      throw new Error(
        wired.status === 404
          ? 'AppModule does not import OidcModule yet: add OidcModule.forRoot(loadOidcConfig(process.env)) to its imports'
          : `GET /api/auth/oidc answered ${wired.status}: add the three /api/auth/oidc rows to the authorization matrix`,
      );
    }
    return test;
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const cookieNamed = (response: request.Response, name: string) =>
  ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));

describe("single sign-on through the council's identity provider", () => {
  let provider: TestIdentityProvider;
  let test: TestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    provider = await startTestIdentityProvider(CLIENT);
    test = await startConveneWith({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      OIDC_REDIRECT_URI: CLIENT.redirectUri,
      OIDC_BUTTON_LABEL: LABEL,
    });
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    // The provider writes addresses as people type them; Convene stores them lower-cased.
    provider.addAccount('chair', {
      email: chair.email.toUpperCase(),
      email_verified: true,
      name: 'Chair of the panel',
    });
  });
  afterAll(async () => {
    await test?.close();
    await provider?.close();
  });

  /** Start at Convene, sign in at the provider as `login`, and come back to Convene's callback. */
  async function signInAs(login: string, returnTo = '/') {
    const start = await http().get('/api/auth/oidc/start').query({ returnTo }).expect(302);
    const pending = cookieNamed(start, 'convene_oidc_pending')!;
    const back = await provider.signIn(start.headers.location!, login);
    const callback = await http()
      .get(`/api/auth/oidc/callback${back.search}`)
      .set('Cookie', pending.split(';')[0]!)
      .expect(302);
    return { start, pending, back, callback, session: cookieNamed(callback, 'convene_session') };
  }

  it('offers single sign-on on the sign-in page, with the council’s own label', async () => {
    const response = await http().get('/api/auth/oidc').expect(200);
    expect(response.body).toEqual({ enabled: true, label: LABEL });
  });

  it('signs in a member of staff the council has added, through the real code flow, and returns them where they were going', async () => {
    const { start, pending, callback, session } = await signInAs('chair', '/meetings?view=upcoming');

    const authorization = new URL(start.headers.location!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(pending).toMatch(/HttpOnly/i);
    expect(pending).toMatch(/SameSite=Lax/i);
    expect(pending).toMatch(/Path=\/api\/auth\/oidc/);
    expect(pending).toMatch(/Max-Age=600/);

    expect(callback.headers.location).toBe('/meetings?view=upcoming');
    expect(session).toMatch(/HttpOnly/i);
    const me = await http().get('/api/auth/me').set('Cookie', session!.split(';')[0]!).expect(200);
    expect(me.body).toMatchObject({ id: chair.id, email: chair.email, roles: ['chair', 'panel_member'] });

    const [record] = await dataSource.query(
      `SELECT entity_id, after FROM audit_records WHERE action = 'user.signed_in_oidc' AND actor_id = $1`,
      [chair.id],
    );
    expect(record).toMatchObject({
      entity_id: chair.id,
      after: { issuer: provider.issuer, subject: 'chair' },
    });
    const [{ methods }] = await dataSource.query(
      `SELECT array_agg(DISTINCT sign_in_method) AS methods FROM sessions WHERE user_id = $1`,
      [chair.id],
    );
    expect(methods).toEqual(['oidc']);
  });

  it.each(['https://evil.example/meetings', '//evil.example/meetings'])(
    'sends them home, not off the site, for returnTo %s',
    async (returnTo) => {
      const { callback, session } = await signInAs('chair', returnTo);
      expect(callback.headers.location).toBe('/');
      expect(session).toBeDefined();
    },
  );

  it('refuses someone the council has not added, and creates nobody', async () => {
    provider.addAccount('stranger', { email: 'stranger@elsewhere.example', email_verified: true });
    const { callback, session } = await signInAs('stranger', '/meetings');
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=not_registered');
    expect(session).toBeUndefined();
    expect(await dataSource.query(`SELECT id FROM users WHERE email = 'stranger@elsewhere.example'`)).toEqual(
      [],
    );
  });

  it('never signs in a family account through the staff provider', async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMember(dataSource, childId);
    provider.addAccount('parent', { email: parent.email, email_verified: true });
    const { callback, session } = await signInAs('parent');
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=not_registered');
    expect(session).toBeUndefined();
  });

  it('refuses a member of staff the administrator has deactivated', async () => {
    const leaver = await aUser(dataSource, { active: false });
    provider.addAccount('leaver', { email: leaver.email, email_verified: true });
    const { callback, session } = await signInAs('leaver');
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=deactivated');
    expect(session).toBeUndefined();
  });

  it('refuses an address the provider has not verified', async () => {
    const member = await aUser(dataSource);
    provider.addAccount('unverified', { email: member.email, email_verified: false });
    const { callback, session } = await signInAs('unverified');
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=email_unverified');
    expect(session).toBeUndefined();
  });

  it('refuses an answer whose state has been tampered with', async () => {
    const start = await http().get('/api/auth/oidc/start').expect(302);
    const pending = cookieNamed(start, 'convene_oidc_pending')!.split(';')[0]!;
    const back = await provider.signIn(start.headers.location!, 'chair');
    back.searchParams.set('state', `${back.searchParams.get('state')}x`);
    const callback = await http()
      .get(`/api/auth/oidc/callback${back.search}`)
      .set('Cookie', pending)
      .expect(302);
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=state_mismatch');
    expect(cookieNamed(callback, 'convene_session')).toBeUndefined();
  });

  it('refuses an answer in a browser that did not start the sign-in (no pending cookie)', async () => {
    const start = await http().get('/api/auth/oidc/start').expect(302);
    const back = await provider.signIn(start.headers.location!, 'chair');
    const callback = await http().get(`/api/auth/oidc/callback${back.search}`).expect(302);
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=expired');
    expect(cookieNamed(callback, 'convene_session')).toBeUndefined();
  });

  it('takes the person back to the sign-in page when the provider says no', async () => {
    const start = await http().get('/api/auth/oidc/start').expect(302);
    const pending = cookieNamed(start, 'convene_oidc_pending')!.split(';')[0]!;
    const state = new URL(start.headers.location!).searchParams.get('state')!;
    const callback = await http()
      .get('/api/auth/oidc/callback')
      .query({
        error: 'access_denied',
        error_description: 'AADSTS50105: the signed in user is not assigned to a role',
        state,
      })
      .set('Cookie', pending)
      .expect(302);
    expect(callback.headers.location).toBe('/sign-in?sso=failed&reason=provider_error');
    expect(cookieNamed(callback, 'convene_oidc_pending')).toMatch(/Expires=Thu, 01 Jan 1970/);
  });
});

describe('when the council has not set up single sign-on', () => {
  let test: TestApp;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startConveneWith({});
  });
  afterAll(async () => {
    await test?.close();
  });

  it('tells the sign-in page not to offer it', async () => {
    const response = await http().get('/api/auth/oidc').expect(200);
    expect(response.body).toEqual({ enabled: false, label: '' });
  });

  it('answers 404 sso_not_configured to start and callback', async () => {
    const start = await http().get('/api/auth/oidc/start').expect(404);
    expect(start.body.code).toBe('sso_not_configured');
    const callback = await http().get('/api/auth/oidc/callback?code=x&state=y').expect(404);
    expect(callback.body.code).toBe('sso_not_configured');
  });
});

describe('when the identity provider is down', () => {
  let test: TestApp;
  let port: number;
  let provider: TestIdentityProvider | undefined;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    port = await aClosedPort();
    // Convene starts anyway: the provider is only discovered when someone first uses single sign-on.
    test = await startConveneWith({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      OIDC_REDIRECT_URI: CLIENT.redirectUri,
    });
  });
  afterAll(async () => {
    await test?.close();
    await provider?.close();
  });

  it('still starts, and sends people back to the sign-in page with a reason', async () => {
    const start = await http().get('/api/auth/oidc/start').expect(302);
    expect(start.headers.location).toBe('/sign-in?sso=failed&reason=provider_unreachable');
    expect(cookieNamed(start, 'convene_oidc_pending')).toBeUndefined();
  });

  it('tries again once the provider is back', async () => {
    provider = await startTestIdentityProvider(CLIENT, port);
    const start = await http().get('/api/auth/oidc/start').expect(302);
    expect(new URL(start.headers.location!).origin).toBe(provider.issuer);
  });
});
