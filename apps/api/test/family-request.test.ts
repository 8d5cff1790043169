import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsService } from '../src/identity/sessions.service.js';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe("a parent reads their child's request", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let officer: string;
  const http = () => request(test.app.getHttpServer());

  /** A parent with an account for the child, signed in: their session cookie. */
  async function aParentOf(childId: string): Promise<{ userId: string; cookie: string }> {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    const [user] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, agency_id, roles)
       SELECT $1, 'Sam Taylor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
      [`parent-${randomBytes(4).toString('hex')}@family.example`],
    );
    await dataSource.query(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'mum', $3)`,
      [user!.id, childId, flo.id],
    );
    const { token } = await test.app.get(SessionsService).start(user!.id, 'link');
    return { userId: user!.id, cookie: `convene_session=${token}` };
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    officer = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
  });
  afterAll(async () => {
    await test?.close();
  });

  it('shows the path in plain words with the Family Link Officer, and puts the reading in the audit trail', async () => {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    const { childId, requestId, reference } = await aCase(dataSource, {
      receivedOn: '2026-01-05',
      flo: flo.id,
      givenName: 'Robin',
    });
    await http()
      .post(`/api/requests/${requestId}/transitions`)
      .set('Cookie', officer)
      .send({ to: 'assessment', occurredOn: '2026-02-10' })
      .expect(200);
    const parent = await aParentOf(childId);
    const { body } = await http()
      .get(`/api/family/children/${childId}/request`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(body.child).toEqual({ id: childId, firstName: 'Robin', requestReference: reference });
    expect(body.view.stage.title).toBe('We are finding out about your child’s needs');
    expect(body.view.steps[1]).toMatchObject({
      step: 'decision_to_assess',
      status: 'done',
      on: '2026-02-10',
    });
    expect(body.familyLinkOfficer).toEqual({ name: expect.any(String), email: flo.email });
    // Nothing of the panel's: no votes, notes, papers or the child's other details.
    expect(JSON.stringify(body)).not.toMatch(/vote|date_?of_?birth|2016-05-04|Testcase/i);
    const audit = await dataSource.query(
      `SELECT action, actor_id FROM audit_records WHERE entity_id = $1 AND action = 'family.request_viewed'`,
      [requestId],
    );
    expect(audit).toEqual([{ action: 'family.request_viewed', actor_id: parent.userId }]);
  });

  it("refuses another child's request as if it did not exist, and staff the family's route", async () => {
    const own = await aCase(dataSource);
    const other = await aCase(dataSource);
    const parent = await aParentOf(own.childId);
    const refused = await http()
      .get(`/api/family/children/${other.childId}/request`)
      .set('Cookie', parent.cookie)
      .expect(404);
    expect(refused.body.code).toBe('family_request_not_found');
    await http().get(`/api/family/children/not-a-uuid/request`).set('Cookie', parent.cookie).expect(400);
    await http().get(`/api/family/children/${own.childId}/request`).set('Cookie', officer).expect(403);
    const audit = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE entity_id = $1 AND action = 'family.request_viewed'`,
      [other.requestId],
    );
    expect(audit[0].n).toBe(0);
  });

  it('stops showing the request once the officer removes the parent’s access', async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aParentOf(childId);
    await http().get(`/api/family/children/${childId}/request`).set('Cookie', parent.cookie).expect(200);
    await dataSource.query(`UPDATE family_links SET removed_at = now() WHERE user_id = $1`, [parent.userId]);
    await http().get(`/api/family/children/${childId}/request`).set('Cookie', parent.cookie).expect(404);
  });
});
