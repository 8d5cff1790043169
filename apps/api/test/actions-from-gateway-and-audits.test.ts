import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { actionCounts } from './support/action-counts.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Actions agreed on a Health Gateway advice request and from a dip sample's moderation of a plan. */
describe('actions from the Health Gateway and from dip samples', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let dco: TestUser;
  let rep: TestUser;
  let otherRep: TestUser;
  let senior: TestUser;
  let salt: string;
  const cookies = new Map<string, string>();
  const as = (user: TestUser) => cookies.get(user.id)!;
  const http = () => request(test.app.getHttpServer());
  const today = todayInEngland();
  const counts = () => actionCounts(dataSource);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    dco = await aUser(dataSource, { roles: ['dco'] });
    salt = await anAgency(dataSource, 'gw-actions-salt', 'health');
    rep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'gw-actions-salt',
      agencyKind: 'health',
    });
    otherRep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'gw-actions-ot',
      agencyKind: 'health',
    });
    senior = await aUser(dataSource, { roles: ['qa_reviewer'] });
    for (const user of [dco, rep, otherRep, senior]) cookies.set(user.id, await signIn(test, user));
  });
  afterAll(() => test?.close());

  it('adds an action on an advice request for its team, kept with the advice and the case, audited; refuses another team', async () => {
    const theCase = await aCase(dataSource);
    const [advice] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', $3, 'with_team') RETURNING id`,
      [theCase.requestId, salt, addDays(today, -10)],
    );
    const path = `/api/health-gateway/advice/${advice!.id}/actions`;
    const body = { what: 'Book a joint SALT and OT visit', ownerTeamId: salt, dueOn: addDays(today, 5) };
    const before = await counts();
    await http().post(path).set('Cookie', as(otherRep)).send(body).expect(403);
    await http()
      .post(path)
      .set('Cookie', as(dco))
      .send({ ...body, dueOn: addDays(today, -1) })
      .expect(422);
    expect(await counts()).toEqual(before);

    const added = await http().post(path).set('Cookie', as(rep)).send(body).expect(201);
    expect(added.body).toMatchObject({
      what: 'Book a joint SALT and OT visit',
      owner: { kind: 'team', agencyId: salt },
      caseReference: theCase.reference,
      origin: { kind: 'advice_request', adviceId: advice!.id },
    });
    expect(await counts()).toEqual({ actions: before.actions + 1, audits: before.audits + 1 });
    const onCase = await http()
      .get(`/api/cases/${theCase.childId}/actions`)
      .set('Cookie', as(dco))
      .expect(200);
    expect(onCase.body).toEqual([expect.objectContaining({ id: added.body.id })]);
    await http()
      .post('/api/health-gateway/advice/00000000-0000-4000-8000-000000000000/actions')
      .set('Cookie', as(dco))
      .send(body)
      .expect(404);
  });

  it('adds an action from a dip sample once the plan’s moderated grade is recorded, not before', async () => {
    const theCase = await aCase(dataSource);
    const [sample] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO dip_samples (tier, seed, size, by_locality, drawn_by) VALUES ('senior', 7, 1, '{}', $1) RETURNING id`,
      [senior.id],
    );
    await dataSource.query(`INSERT INTO dip_sample_plans (sample_id, request_id) VALUES ($1, $2)`, [
      sample!.id,
      theCase.requestId,
    ]);
    const path = `/api/quality/dip-samples/${sample!.id}/plans/${theCase.requestId}/actions`;
    const body = { what: 'Writer to quantify section F', ownerUserId: senior.id, dueOn: addDays(today, 14) };
    const before = await counts();
    const early = await http().post(path).set('Cookie', as(senior)).send(body).expect(409);
    expect(early.body).toMatchObject({ code: 'plan_not_moderated' });
    await http().post(path).set('Cookie', as(rep)).send(body).expect(403);
    expect(await counts()).toEqual(before);

    await dataSource.query(
      `INSERT INTO dip_sample_moderations (sample_id, request_id, grade, feedback, moderated_by) VALUES ($1, $2, 'requires_improvement', 'Section F unquantified', $3)`,
      [sample!.id, theCase.requestId, senior.id],
    );
    const added = await http().post(path).set('Cookie', as(senior)).send(body).expect(201);
    expect(added.body).toMatchObject({
      what: 'Writer to quantify section F',
      caseReference: theCase.reference,
      origin: { kind: 'dip_sample', sampleId: sample!.id },
    });
    const [audit] = await dataSource.query<{ action: string; actor_id: string }[]>(
      `SELECT action, actor_id FROM audit_records WHERE entity_type = 'action' AND entity_id = $1`,
      [added.body.id],
    );
    expect(audit).toEqual({ action: 'action.added', actor_id: senior.id });
  });
});
