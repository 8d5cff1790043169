import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FAMILY_EMAIL } from '../src/demo/demo-family.js';
import { aCase, aFamilyMember, aUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the demo parent, who signs in without a mail server', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    // The demo council loads as the app starts, as `npm start` does on an empty database.
    test = await startTestApp({ DEMO_DATA: 'auto', PUBLIC_URL: 'https://convene.fernshire.example' });
    dataSource = test.app.get(DataSource);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('is shown the link on the page, signs in with it and finds a draft plan open for comments', async () => {
    const browser = request.agent(test.app.getHttpServer());
    const asked = await browser.post('/api/auth/family/link').send({ email: DEMO_FAMILY_EMAIL }).expect(202);
    const link = new URL(asked.body.demoLink);
    expect(link.pathname).toBe('/family/sign-in');
    const token = /^#token=([A-Za-z0-9_-]+)$/.exec(link.hash)![1];
    await browser.post('/api/auth/family/link/redeem').send({ token }).expect(200);

    const children = await browser.get('/api/family/children').expect(200);
    expect(children.body).toHaveLength(1);
    const overview = await browser.get(`/api/family/children/${children.body[0].id}/request`).expect(200);
    expect(overview.body.view.draftComments).toMatchObject({ open: true });
    expect(overview.body.familyLinkOfficer).not.toBeNull();
    const changed = await browser.get('/api/family/you-said-we-did').expect(200);
    expect(changed.body.length).toBeGreaterThan(0);
  });

  it('shows no link for an address it does not hold, nor for a real family’s address', async () => {
    const unknown = await http()
      .post('/api/auth/family/link')
      .send({ email: `nobody-${randomBytes(4).toString('hex')}@family.example` })
      .expect(202);
    expect(unknown.body.demoLink).toBeUndefined();

    const officer = await aUser(dataSource, { roles: ['presenter'] });
    const { childId } = await aCase(dataSource);
    const real = await aFamilyMember(dataSource, childId, { addedBy: officer.id });
    const realAddress = real.email.replace(/\.example$/, '.org.uk');
    await dataSource.query(`UPDATE users SET email = $2 WHERE id = $1`, [real.id, realAddress]);
    const asked = await http().post('/api/auth/family/link').send({ email: realAddress }).expect(202);
    expect(asked.body.demoLink).toBeUndefined();
    const [sent] = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbound_messages WHERE address = $1 AND kind = 'family_sign_in_link'`,
      [realAddress],
    );
    expect(sent.n).toBe(1);
  });
});
