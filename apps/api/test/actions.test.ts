import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { actionCounts } from './support/action-counts.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('actions: added on a case with an owner and a due day, listed for the owner, the team and the case, closed once', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: TestUser;
  let ep: TestUser;
  let rep: TestUser;
  let floCookie: string;
  let epCookie: string;
  let repCookie: string;
  let otherFloCookie: string;
  let teamId: string;
  let childId: string;
  let reference: string;
  const today = todayInEngland();

  const http = () => request(test.app.getHttpServer());
  const counts = () => actionCounts(dataSource);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    flo = await aUser(dataSource, { roles: ['presenter'] });
    ep = await aUser(dataSource, { roles: ['panel_member'] });
    teamId = await anAgency(dataSource, 'actions-salt', 'health');
    rep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'actions-salt',
      agencyKind: 'health',
    });
    floCookie = await signIn(test, flo);
    epCookie = await signIn(test, ep);
    repCookie = await signIn(test, rep);
    otherFloCookie = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    const theCase = await aCase(dataSource, { flo: flo.id, receivedOn: addDays(today, -20) });
    childId = theCase.childId;
    reference = theCase.reference;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('gives the case’s officer an action for a person, due in words, on the owner’s list and the case’s, audited', async () => {
    const before = await counts();
    const added = await http()
      .post(`/api/cases/${childId}/actions`)
      .set('Cookie', floCookie)
      .send({
        what: '  EP to see the child before the next panel ',
        ownerUserId: ep.id,
        dueOn: addDays(today, 3),
      })
      .expect(201);
    expect(added.body).toMatchObject({
      what: 'EP to see the child before the next panel',
      owner: { kind: 'person', userId: ep.id, displayName: 'Test panel_member' },
      status: 'open',
      standing: 'due_this_week',
      dueInWords: 'due in 3 days',
      childId,
      caseReference: reference,
      origin: { kind: 'case', meetingId: null },
      createdBy: { id: flo.id },
      closingNote: null,
    });
    expect(await counts()).toEqual({ actions: before.actions + 1, audits: before.audits + 1 });

    const mine = await http().get('/api/actions/mine').set('Cookie', epCookie).expect(200);
    expect(mine.body).toMatchObject({ openCount: 1, overdueCount: 0 });
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([added.body.id]);
    const ofCase = await http().get(`/api/cases/${childId}/actions`).set('Cookie', floCookie).expect(200);
    expect(ofCase.body.map((a: { id: string }) => a.id)).toContain(added.body.id);
    const [audit] = await dataSource.query<{ action: string; actor_id: string }[]>(
      `SELECT action, actor_id FROM audit_records WHERE entity_type = 'action' AND entity_id = $1`,
      [added.body.id],
    );
    expect(audit).toEqual({ action: 'action.added', actor_id: flo.id });
  });

  it('gives a team an action its members all see on the team’s list, and nobody else’s', async () => {
    const added = await http()
      .post(`/api/cases/${childId}/actions`)
      .set('Cookie', floCookie)
      .send({ what: 'Return the speech and language advice', ownerTeamId: teamId, dueOn: today })
      .expect(201);
    expect(added.body).toMatchObject({ owner: { kind: 'team', agencyId: teamId }, dueInWords: 'due today' });
    const team = await http().get(`/api/teams/${teamId}/actions`).set('Cookie', repCookie).expect(200);
    expect(team.body.items.map((a: { id: string }) => a.id)).toEqual([added.body.id]);
    await http().get(`/api/teams/${teamId}/actions`).set('Cookie', epCookie).expect(404);
    // The rep closes it as a member of the team that owns it.
    const done = await http()
      .post(`/api/actions/${added.body.id}/close`)
      .set('Cookie', repCookie)
      .send({ outcome: 'done', note: 'Advice returned on the portal' })
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      standing: 'closed',
      dueInWords: null,
      closingNote: 'Advice returned on the portal',
      closedBy: { id: rep.id },
    });
  });

  it('lists open actions most overdue first, and counts the overdue ones', async () => {
    const c = await aCase(dataSource, { flo: flo.id, receivedOn: addDays(today, -20) });
    // An action overdue cannot be added (its day is past), so one is written as if added a fortnight ago.
    await dataSource.query(
      `INSERT INTO actions (what, owner_user_id, due_on, origin, child_id, created_by) VALUES ('Consult three settings', $1, $2, 'case', $3, $4)`,
      [ep.id, addDays(today, -2), c.childId, flo.id],
    );
    const mine = await http().get('/api/actions/mine').set('Cookie', epCookie).expect(200);
    expect(mine.body.items[0]).toMatchObject({
      what: 'Consult three settings',
      standing: 'overdue',
      dueInWords: '2 days overdue',
    });
    expect(mine.body).toMatchObject({ openCount: 2, overdueCount: 1 });
  });

  it.each([
    ['no owner', { what: 'Ask the school', dueOn: '2099-01-01' }, 'owner'],
    [
      'two owners',
      { what: 'Ask the school', ownerUserId: 'ep', ownerTeamId: 'team', dueOn: '2099-01-01' },
      'owner',
    ],
    ['a day already past', { what: 'Ask the school', ownerUserId: 'ep', dueOn: '2020-01-01' }, 'dueOn'],
    [
      'a deactivated owner',
      { what: 'Ask the school', ownerUserId: 'gone', dueOn: '2099-01-01' },
      'ownerUserId',
    ],
    ['nothing to do', { what: '   ', ownerUserId: 'ep', dueOn: '2099-01-01' }, 'what'],
    ['no such day', { what: 'Ask the school', ownerUserId: 'ep', dueOn: '2099-02-30' }, 'dueOn'],
  ])('refuses an action with %s, naming the field, and writes nothing', async (_, body, field) => {
    const gone = await aUser(dataSource, { roles: ['panel_member'], active: false });
    const retired = await anAgency(dataSource, 'actions-retired', 'health');
    await dataSource.query(`UPDATE agencies SET retired_at = now() WHERE id = $1`, [retired]);
    const named: Record<string, string> = { ep: ep.id, team: teamId, gone: gone.id, retired };
    const sent = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, k.startsWith('owner') ? named[v] : v]),
    );
    const before = await counts();
    const refused = await http().post(`/api/cases/${childId}/actions`).set('Cookie', floCookie).send(sent);
    expect(refused.status, JSON.stringify(refused.body)).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('lets only the owner, the team, whoever added it or a manager close it, and only once', async () => {
    const added = await http()
      .post(`/api/cases/${childId}/actions`)
      .set('Cookie', floCookie)
      .send({ what: 'Consult three settings', ownerUserId: ep.id, dueOn: addDays(today, 10) })
      .expect(201);
    const before = await counts();
    const refused = await http()
      .post(`/api/actions/${added.body.id}/close`)
      .set('Cookie', otherFloCookie)
      .send({ outcome: 'cancelled', note: 'Not needed' })
      .expect(403);
    expect(refused.body.code).toBe('not_your_action');
    await http()
      .post(`/api/actions/${added.body.id}/close`)
      .set('Cookie', epCookie)
      .send({ outcome: 'cancelled', note: '' })
      .expect(400);
    expect(await counts()).toEqual(before);
    await http()
      .post(`/api/actions/${added.body.id}/close`)
      .set('Cookie', epCookie)
      .send({ outcome: 'cancelled', note: 'The family moved out of the area' })
      .expect(200);
    const again = await http()
      .post(`/api/actions/${added.body.id}/close`)
      .set('Cookie', floCookie)
      .send({ outcome: 'done', note: 'Done' })
      .expect(409);
    expect(again.body.message).toBe('This action was already cancelled by Test panel_member.');
    const trail = await dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY id`,
      [added.body.id],
    );
    expect(trail.map((r) => r.action)).toEqual(['action.added', 'action.cancelled']);
  });

  it('refuses another officer’s case, and hides a case’s actions from a rep whose team it is not', async () => {
    const before = await counts();
    await http()
      .post(`/api/cases/${childId}/actions`)
      .set('Cookie', otherFloCookie)
      .send({ what: 'Ask the school', ownerUserId: ep.id, dueOn: addDays(today, 3) })
      .expect(403);
    expect(await counts()).toEqual(before);
    await http().get(`/api/cases/${childId}/actions`).set('Cookie', repCookie).expect(404);
  });
});
