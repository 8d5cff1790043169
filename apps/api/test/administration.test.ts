import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('administering users and agencies', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let cookie: string;
  let sendAgency: string;
  const http = () => request(test.app.getHttpServer());

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    cookie = await signIn(test, admin);
    sendAgency = await anAgency(dataSource, 'send', 'send_service');
  });
  afterAll(async () => {
    await test?.close();
  });

  it('adds a Family Link Officer who can then sign in', async () => {
    const created = await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .send({
        email: 'New.FLO@council.example',
        displayName: 'Nova Inkpot',
        agencyId: sendAgency,
        roles: ['presenter'],
        password: 'a long enough password',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'new.flo@council.example',
      roles: ['presenter'],
      active: true,
      agency: { id: sendAgency },
    });
    await http()
      .post('/api/auth/sign-in')
      .send({ email: 'new.flo@council.example', password: 'a long enough password' })
      .expect(200);
    const [audit] = await dataSource.query(
      `SELECT action, actor_id, after FROM audit_records WHERE entity_id = $1`,
      [created.body.id],
    );
    expect(audit).toMatchObject({ action: 'user.created', actor_id: admin.id });
    expect(JSON.stringify(audit.after)).not.toContain('password');
  });

  it('refuses a second user with the same email, a short password and an unknown role', async () => {
    await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .send({ email: admin.email, displayName: 'Twin', agencyId: sendAgency, roles: ['observer'] })
      .expect(409);
    const short = await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .send({
        email: 'x@council.example',
        displayName: 'X',
        agencyId: sendAgency,
        roles: ['observer'],
        password: 'short',
      })
      .expect(400);
    expect(short.body.fields[0].field).toBe('password');
    const role = await http()
      .post('/api/admin/users')
      .set('Cookie', cookie)
      .send({ email: 'y@council.example', displayName: 'Y', agencyId: sendAgency, roles: ['king'] })
      .expect(400);
    expect(role.body.fields[0].field).toBe('roles');
  });

  it('ends every session of a user who is deactivated, at once', async () => {
    const leaver = await aUser(dataSource, { roles: ['panel_member'] });
    const theirCookie = await signIn(test, leaver);
    await http().get('/api/auth/me').set('Cookie', theirCookie).expect(200);
    const response = await http()
      .patch(`/api/admin/users/${leaver.id}`)
      .set('Cookie', cookie)
      .send({ active: false })
      .expect(200);
    expect(response.body.active).toBe(false);
    await http().get('/api/auth/me').set('Cookie', theirCookie).expect(401);
    const [audit] = await dataSource.query(`SELECT before, after FROM audit_records WHERE entity_id = $1`, [
      leaver.id,
    ]);
    expect([audit.before.active, audit.after.active]).toEqual([true, false]);
  });

  it('changes roles, and the new roles apply from the next sign-in', async () => {
    const member = await aUser(dataSource, { roles: ['panel_member'] });
    await http()
      .patch(`/api/admin/users/${member.id}`)
      .set('Cookie', cookie)
      .send({ roles: ['panel_member', 'chair'] })
      .expect(200);
    const me = await http()
      .get('/api/auth/me')
      .set('Cookie', await signIn(test, member))
      .expect(200);
    expect(me.body.roles).toEqual(['panel_member', 'chair']);
  });

  it('will not remove the last administrator', async () => {
    await dataSource.query(`UPDATE users SET roles = '{observer}' WHERE 'admin' = ANY(roles) AND id <> $1`, [
      admin.id,
    ]);
    const response = await http()
      .patch(`/api/admin/users/${admin.id}`)
      .set('Cookie', cookie)
      .send({ roles: ['chair'] })
      .expect(409);
    expect(response.body.code).toBe('last_admin');
  });

  it('adds an agency, such as a new health team', async () => {
    const response = await http()
      .post('/api/admin/agencies')
      .set('Cookie', cookie)
      .send({ code: 'dietetics', name: 'Dietetics', kind: 'health' })
      .expect(201);
    expect(response.body).toMatchObject({ code: 'dietetics', kind: 'health' });
    const list = await http().get('/api/admin/agencies').set('Cookie', cookie).expect(200);
    expect(list.body.map((a: { code: string }) => a.code)).toContain('dietetics');
    await http()
      .post('/api/admin/agencies')
      .set('Cookie', cookie)
      .send({ code: 'dietetics', name: 'Again', kind: 'health' })
      .expect(409);
  });

  it('lets only admins do any of this', async () => {
    const chair = await aUser(dataSource, { roles: ['chair'] });
    await http()
      .get('/api/admin/users')
      .set('Cookie', await signIn(test, chair))
      .expect(403);
  });

  it("keeps each panel's standing membership, with every change audited", async () => {
    const created = await http()
      .post('/api/admin/meeting-groups')
      .set('Cookie', cookie)
      .send({ kind: 'dmg_children_in_care', name: 'Children in Care DMG' })
      .expect(201);
    const head = await aUser(dataSource, { roles: ['panel_member'] });
    await http()
      .put(`/api/admin/meeting-groups/${created.body.id}/members/${head.id}`)
      .set('Cookie', cookie)
      .send({ role: 'member' })
      .expect(204);
    await http()
      .put(`/api/admin/meeting-groups/${created.body.id}/members/${head.id}`)
      .set('Cookie', cookie)
      .send({ role: 'chair' })
      .expect(204);
    const bad = await http()
      .put(`/api/admin/meeting-groups/${created.body.id}/members/${head.id}`)
      .set('Cookie', cookie)
      .send({ role: 'king' })
      .expect(400);
    expect(bad.body.fields[0].field).toBe('role');
    const list = await http().get('/api/admin/meeting-groups').set('Cookie', cookie).expect(200);
    expect(list.body.find((g: { id: string }) => g.id === created.body.id).members).toEqual([
      { userId: head.id, displayName: expect.any(String), role: 'chair' },
    ]);
    await http()
      .delete(`/api/admin/meeting-groups/${created.body.id}/members/${head.id}`)
      .set('Cookie', cookie)
      .expect(204);
    await http()
      .delete(`/api/admin/meeting-groups/${created.body.id}/members/${head.id}`)
      .set('Cookie', cookie)
      .expect(404);
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'meeting_group.created',
      'meeting_group.member_set',
      'meeting_group.member_set',
      'meeting_group.member_removed',
    ]);
  });

  it('lets the administrator add, reword and retire threshold criteria', async () => {
    const created = await http()
      .post('/api/admin/threshold-criteria')
      .set('Cookie', cookie)
      .send({ itemKind: 'decision_to_assess', text: 'A one-page profile written with the child' })
      .expect(201);
    expect(created.body).toMatchObject({ itemKind: 'decision_to_assess', active: true });
    const retired = await http()
      .patch(`/api/admin/threshold-criteria/${created.body.id}`)
      .set('Cookie', cookie)
      .send({ active: false })
      .expect(200);
    expect(retired.body.active).toBe(false);
    const list = await http().get('/api/threshold-criteria').set('Cookie', cookie).expect(200);
    expect(list.body.find((c: { id: string }) => c.id === created.body.id).active).toBe(false);
    expect(
      list.body.filter((c: { itemKind: string }) => c.itemKind === 'decision_to_assess').length,
    ).toBeGreaterThan(5);
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'criterion.created',
      'criterion.updated',
    ]);
  });
});
