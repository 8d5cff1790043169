import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aFamilyMember as aFamilyMemberOf, aUser } from './support/factories.js';
import { cookieFrom, signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://convene.fernshire.example';

describe('a family member signs in with a one-time link', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let childId: string;
  let reference: string;
  const http = () => request(test.app.getHttpServer());
  /** Each browser its own network address, so the limit per address is one browser's. */
  let nextAddress = 1;
  const aBrowser = () => `203.0.113.${nextAddress++}`;

  const aFamilyMember = () => aFamilyMemberOf(dataSource, childId);
  /** Asks for a link from a browser: the browser's cookie, and the token in the email (if one was sent). */
  const askForLink = async (email: string, browser = aBrowser()) => {
    const response = await http()
      .post('/api/auth/family/link')
      .set('X-Forwarded-For', browser)
      .send({ email })
      .expect(202);
    const [message] = await dataSource.query<{ body_text: string; body_html: string; kind: string }[]>(
      `SELECT body_text, body_html, kind FROM outbound_messages WHERE address = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const token = message ? /#token=([A-Za-z0-9_-]+)/.exec(message.body_text)?.[1] : undefined;
    return { response, cookie: cookieFrom(response, 'convene_family_link'), message, token, browser };
  };
  const redeem = (token: string, cookie?: string) => {
    const call = http().post('/api/auth/family/link/redeem');
    return (cookie ? call.set('Cookie', cookie) : call).send({ token });
  };
  const sessionsOf = async (userId: string) =>
    (
      await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [
        userId,
      ])
    )[0]!.n;

  beforeAll(async () => {
    test = await startTestApp({ PUBLIC_URL });
    dataSource = test.app.get(DataSource);
    ({ childId, reference } = await aCase(dataSource, { givenName: 'Wobbly', familyName: 'Testcase' }));
  });
  afterAll(async () => {
    await test?.close();
  });

  it('emails a link that signs in once, in the browser that asked, to see only their own child', async () => {
    const member = await aFamilyMember();
    // Another family's child, whom this parent must never see.
    const otherFamily = await aFamilyMember();
    const otherChild = await aCase(dataSource, { givenName: 'Otherchild' });
    await dataSource.query(`UPDATE family_links SET child_id = $2 WHERE user_id = $1`, [
      otherFamily.id,
      otherChild.childId,
    ]);
    const asked = await askForLink(member.email);
    expect(asked.cookie).toBeDefined();
    expect(String(asked.response.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(asked.response.headers['set-cookie'])).toMatch(/SameSite=Lax/i);
    expect(asked.message!.kind).toBe('family_sign_in_link');
    expect(asked.message!.body_text).toContain(`${PUBLIC_URL}/family/sign-in#token=`);
    // Emails from Convene never name a child.
    expect(asked.message!.body_text).not.toMatch(/Wobbly|Testcase/);
    expect(asked.message!.body_html).not.toMatch(/Wobbly|Testcase/);

    const signedIn = await redeem(asked.token!, asked.cookie).expect(200);
    expect(signedIn.body).toMatchObject({ id: member.id, roles: ['family'], agencyKind: 'families' });
    const session = cookieFrom(signedIn, 'convene_session')!;
    const children = await http().get('/api/family/children').set('Cookie', session).expect(200);
    expect(children.body).toEqual([{ id: childId, firstName: 'Wobbly', requestReference: reference }]);
    // Every view by a family member is in the audit trail.
    const [viewed] = await dataSource.query<{ after: object }[]>(
      `SELECT after FROM audit_records WHERE actor_id = $1 AND action = 'family_member.viewed_children'`,
      [member.id],
    );
    expect(viewed).toEqual({ after: { childIds: [childId] } });
    await http().get('/api/auth/me').set('Cookie', session).expect(200);
    // Staff routes are refused to a family account (the authorization matrix test asks every route).
    await http().get('/api/cases').set('Cookie', session).expect(403);
    await http().get(`/api/cases/${childId}`).set('Cookie', session).expect(403);

    const [audit] = await dataSource.query<{ action: string; after: object }[]>(
      `SELECT action, after FROM audit_records WHERE entity_id = $1 AND action = 'family_member.signed_in'`,
      [member.id],
    );
    expect(audit).toEqual({ action: 'family_member.signed_in', after: { method: 'link' } });

    // Used once: never again, and nothing changes.
    const reused = await redeem(asked.token!, asked.cookie).expect(401);
    expect(reused.body.code).toBe('sign_in_link_used');
    expect(await sessionsOf(member.id)).toBe(1);
  });

  it('shows administrators that a link was sent, never the link itself', async () => {
    const member = await aFamilyMember();
    const asked = await askForLink(member.email);
    const admin = await signIn(test, await aUser(dataSource, { roles: ['admin'] }));
    const outbox = await http().get('/api/admin/messages').set('Cookie', admin).expect(200);
    const sent = (outbox.body.items as { to: string; text: string }[]).find((m) => m.to === member.email);
    expect(sent?.text).toMatch(/not shown/);
    expect(JSON.stringify(outbox.body)).not.toContain(asked.token);
  });

  it('refuses a link after 15 minutes, changing nothing', async () => {
    const member = await aFamilyMember();
    const asked = await askForLink(member.email);
    await dataSource.query(
      `UPDATE family_sign_in_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [member.id],
    );
    const refused = await redeem(asked.token!, asked.cookie).expect(401);
    expect(refused.body.code).toBe('sign_in_link_expired');
    const [link] = await dataSource.query<{ used: boolean }[]>(
      `SELECT used_at IS NOT NULL AS used FROM family_sign_in_links WHERE user_id = $1`,
      [member.id],
    );
    expect(link).toEqual({ used: false });
    expect(await sessionsOf(member.id)).toBe(0);
  });

  it('refuses a link opened in another browser, and it still works in the one that asked', async () => {
    const member = await aFamilyMember();
    const asked = await askForLink(member.email);
    const noCookie = await redeem(asked.token!).expect(401);
    expect(noCookie.body.code).toBe('sign_in_link_other_browser');
    // Another browser that asked for a link of its own (for an address we do not know) has a cookie, not this one.
    const other = await askForLink(`stranger-${randomBytes(4).toString('hex')}@elsewhere.example`);
    const otherCookie = await redeem(asked.token!, other.cookie).expect(401);
    expect(otherCookie.body.code).toBe('sign_in_link_other_browser');
    expect(await sessionsOf(member.id)).toBe(0);
    await redeem(asked.token!, asked.cookie).expect(200);
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const member = await aFamilyMember();
    const known = await askForLink(member.email);
    const unknownEmail = `nobody-${randomBytes(4).toString('hex')}@family.example`;
    const unknown = await askForLink(unknownEmail);
    expect(unknown.response.status).toBe(known.response.status);
    expect(unknown.response.body).toEqual(known.response.body);
    expect(unknown.cookie).toBeDefined();
    expect(unknown.message).toBeUndefined();
    // A member of staff's address is not a family account: no link either.
    const staff = await aUser(dataSource, { roles: ['chair'] });
    expect((await askForLink(staff.email)).message).toBeUndefined();
  });

  it('refuses a token it never sent', async () => {
    const asked = await askForLink(`nobody-${randomBytes(4).toString('hex')}@family.example`);
    const refused = await redeem(randomBytes(32).toString('base64url'), asked.cookie).expect(401);
    expect(refused.body.code).toBe('sign_in_link_unknown');
  });

  it('sends no link to an account whose access was removed, and refuses one sent before', async () => {
    const member = await aFamilyMember();
    const asked = await askForLink(member.email);
    await dataSource.query(`UPDATE family_links SET removed_at = now() WHERE user_id = $1`, [member.id]);
    const refused = await redeem(asked.token!, asked.cookie).expect(401);
    expect(refused.body.code).toBe('sign_in_link_unknown');
    const again = await askForLink(member.email);
    expect(again.token).toBe(asked.token); // the newest email is still the old one: nothing new was sent
  });

  it('limits the links asked for one address, whoever asks', async () => {
    const member = await aFamilyMember();
    for (let i = 0; i < 3; i++) await askForLink(member.email);
    const refused = await http()
      .post('/api/auth/family/link')
      .set('X-Forwarded-For', aBrowser())
      .send({ email: member.email })
      .expect(429);
    expect(refused.body.code).toBe('too_many_sign_in_links');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses asking from another website', async () => {
    const member = await aFamilyMember();
    const refused = await http()
      .post('/api/auth/family/link')
      .set('Origin', 'https://evil.example')
      .send({ email: member.email });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('cross_site_request');
  });
});
