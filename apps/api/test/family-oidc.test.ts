import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aFamilyMember, aUser } from './support/factories.js';
import {
  aTestClient,
  settingsFor,
  startTestIdentityProvider,
  type TestIdentityProvider,
} from './support/oidc-provider.js';
import { cookieFrom } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const RESIDENTS = aTestClient('fernshire-residents', '/api/auth/family/oidc/callback');
const LABEL = 'Sign in with your Fernshire resident account';

describe("a family member signs in through the council's residents' identity provider", () => {
  let provider: TestIdentityProvider;
  let test: TestApp;
  let dataSource: DataSource;
  /** The child each parent here is recorded for. */
  let child: { childId: string; reference: string };
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    provider = await startTestIdentityProvider(RESIDENTS);
    test = await startTestApp({
      ...settingsFor(provider, RESIDENTS, 'FAMILY_OIDC_'),
      FAMILY_OIDC_BUTTON_LABEL: LABEL,
    });
    dataSource = test.app.get(DataSource);
    child = await aCase(dataSource, { givenName: 'Wobbly' });
  });
  afterAll(async () => {
    await test?.close();
    await provider?.close();
  });

  /** A login at the provider that vouches for this address (verified unless said otherwise). */
  let logins = 0;
  const aResidentAccount = (email: string, claims: Record<string, unknown> = {}) => {
    const login = `resident-${++logins}`;
    provider.addAccount(login, { email, email_verified: true, ...claims });
    return login;
  };

  /** From the family sign-in page's button, through the provider as `login`, back to Convene. */
  async function throughTheProvider(login: string, start = '/api/auth/family/oidc/start') {
    const started = await http().get(start).expect(302);
    const pending = cookieFrom(started, 'convene_oidc_pending')!;
    const answer = await provider.signIn(started.headers.location!, login);
    const back = await http().get(`/api/auth/family/oidc/callback${answer.search}`).set('Cookie', pending);
    expect(back.status).toBe(302);
    return { started, back, session: cookieFrom(back, 'convene_session') };
  }
  const sessionsOf = async (userId: string) =>
    (
      await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [
        userId,
      ])
    )[0]!.n;

  it('offers the button on the family sign-in page, with the council’s own words', async () => {
    expect((await http().get('/api/auth/family/oidc').expect(200)).body).toEqual({
      enabled: true,
      label: LABEL,
    });
  });

  it('signs in a parent whose verified email the council recorded, and shows only their own child', async () => {
    const parent = await aFamilyMember(dataSource, child.childId);
    const login = aResidentAccount(parent.email.toUpperCase());
    // Where the sign-in asked to go does not matter: a family always lands on their own page.
    const { started, back, session } = await throughTheProvider(
      login,
      '/api/auth/family/oidc/start?returnTo=https://evil.example/',
    );

    const authorization = new URL(started.headers.location!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('scope')).toBe('openid email');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(String(started.headers['set-cookie'])).toMatch(/Path=\/api\/auth\/family\/oidc;/);
    expect(back.headers.location).toBe('/family');

    const children = await http().get('/api/family/children').set('Cookie', session!).expect(200);
    expect(children.body).toEqual([
      { id: child.childId, firstName: 'Wobbly', requestReference: child.reference },
    ]);
    const [signedIn] = await dataSource.query<{ after: unknown }[]>(
      `SELECT after FROM audit_records WHERE action = 'family_member.signed_in' AND actor_id = $1`,
      [parent.id],
    );
    expect(signedIn!.after).toEqual({ method: 'oidc', issuer: provider.issuer, subject: login });
    const [{ methods }] = await dataSource.query(
      `SELECT array_agg(DISTINCT sign_in_method) AS methods FROM sessions WHERE user_id = $1`,
      [parent.id],
    );
    expect(methods).toEqual(['oidc']);
  });

  it('refuses an email the council has not recorded, and creates nobody', async () => {
    const { back, session } = await throughTheProvider(aResidentAccount('stranger@elsewhere.example'));
    expect(back.headers.location).toBe('/family/sign-in?problem=not_registered');
    expect(session).toBeUndefined();
    expect(await dataSource.query(`SELECT id FROM users WHERE email = 'stranger@elsewhere.example'`)).toEqual(
      [],
    );
  });

  it('never signs in a member of staff, even with a verified address', async () => {
    const chair = await aUser(dataSource, { roles: ['chair'] });
    const { back, session } = await throughTheProvider(aResidentAccount(chair.email));
    expect(back.headers.location).toBe('/family/sign-in?problem=not_registered');
    expect(session).toBeUndefined();
    expect(await sessionsOf(chair.id)).toBe(0);
  });

  it('refuses an address the provider has not verified', async () => {
    const parent = await aFamilyMember(dataSource, child.childId);
    const { back, session } = await throughTheProvider(
      aResidentAccount(parent.email, { email_verified: false }),
    );
    expect(back.headers.location).toBe('/family/sign-in?problem=email_unverified');
    expect(session).toBeUndefined();
    expect(await sessionsOf(parent.id)).toBe(0);
  });

  it('refuses a family account whose links to children were all removed', async () => {
    const parent = await aFamilyMember(dataSource, child.childId);
    await dataSource.query(`UPDATE family_links SET removed_at = now() WHERE user_id = $1`, [parent.id]);
    const { back, session } = await throughTheProvider(aResidentAccount(parent.email));
    expect(back.headers.location).toBe('/family/sign-in?problem=not_registered');
    expect(session).toBeUndefined();
    expect(await sessionsOf(parent.id)).toBe(0);
  });

  describe('refuses an answer that is not for the sign-in this browser started', () => {
    let parent: { id: string; email: string };
    let login: string;
    beforeAll(async () => {
      parent = await aFamilyMember(dataSource, child.childId);
      login = aResidentAccount(parent.email);
    });
    /** Two sign-ins started: the provider answers the first, and the browser holds the second's cookie. */
    const crossed = async () => {
      const first = await http().get('/api/auth/family/oidc/start').expect(302);
      const second = await http().get('/api/auth/family/oidc/start').expect(302);
      const answer = await provider.signIn(first.headers.location!, login);
      return { answer, secondState: new URL(second.headers.location!).searchParams.get('state')!, second };
    };
    const callback = (answer: URL, cookie: string | undefined) => {
      const call = http().get(`/api/auth/family/oidc/callback${answer.search}`);
      return (cookie ? call.set('Cookie', cookie) : call).expect(302);
    };

    it('when its state was changed', async () => {
      const { answer, second } = await crossed();
      const back = await callback(answer, cookieFrom(second, 'convene_oidc_pending'));
      expect(back.headers.location).toBe('/family/sign-in?problem=state_mismatch');
      expect(cookieFrom(back, 'convene_session')).toBeUndefined();
    });

    it("when the state is made to match another sign-in's, whose nonce and verifier the code was not issued for", async () => {
      const { answer, secondState, second } = await crossed();
      answer.searchParams.set('state', secondState);
      const back = await callback(answer, cookieFrom(second, 'convene_oidc_pending'));
      expect(back.headers.location).toBe('/family/sign-in?problem=token_rejected');
      expect(cookieFrom(back, 'convene_session')).toBeUndefined();
    });

    it('when the sealed cookie was altered, or is missing', async () => {
      const started = await http().get('/api/auth/family/oidc/start').expect(302);
      const answer = await provider.signIn(started.headers.location!, login);
      const cookie = cookieFrom(started, 'convene_oidc_pending')!;
      const altered = `${cookie.slice(0, -3)}${cookie.at(-3) === 'A' ? 'B' : 'A'}${cookie.slice(-2)}`;
      for (const sent of [altered, undefined]) {
        const back = await callback(answer, sent);
        expect(back.headers.location).toBe('/family/sign-in?problem=expired');
        expect(cookieFrom(back, 'convene_session')).toBeUndefined();
      }
      expect(await sessionsOf(parent.id)).toBe(0);
    });
  });
});

describe("when the council has not set up the residents' identity provider", () => {
  let test: TestApp;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test?.close();
  });

  it('tells the family sign-in page not to offer it, and answers 404 sso_not_configured to start and callback', async () => {
    expect((await http().get('/api/auth/family/oidc').expect(200)).body).toEqual({
      enabled: false,
      label: '',
    });
    const start = await http().get('/api/auth/family/oidc/start').expect(404);
    expect(start.body.code).toBe('sso_not_configured');
    const callback = await http().get('/api/auth/family/oidc/callback?code=x&state=y').expect(404);
    expect(callback.body.code).toBe('sso_not_configured');
  });
});
