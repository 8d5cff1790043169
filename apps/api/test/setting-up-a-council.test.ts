import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A council's own installation from empty: its localities, agencies and teams, set up by the administrator. */
describe('setting up a council: localities, agencies and teams', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let flo: TestUser;
  let cookie: string;
  let floCookie: string;
  let chairCookie: string;
  const http = () => request(test.app.getHttpServer());
  const row = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
    (await dataSource.query<T[]>(sql, params))[0]!;
  const count = async (table: string) =>
    (await row<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
  const auditOf = (entityId: string) =>
    dataSource.query<{ action: string; actor_id: string; before: unknown; after: unknown }[]>(
      `SELECT action, actor_id, before, after FROM audit_records WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
  const localityId = async (code: string) =>
    (await row<{ id: string }>(`SELECT id FROM localities WHERE code = $1`, [code])).id;
  const snapshot = async () => ({
    localities: await dataSource.query(`SELECT * FROM localities ORDER BY id`),
    officers: await dataSource.query(
      `SELECT * FROM locality_family_link_officers ORDER BY locality_id, user_id`,
    ),
    agencies: await dataSource.query(`SELECT * FROM agencies ORDER BY id`),
    audit: await count('audit_records'),
  });

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    flo = await aUser(dataSource, { roles: ['presenter'] });
    cookie = await signIn(test, admin);
    floCookie = await signIn(test, flo);
    chairCookie = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
  });
  afterAll(async () => {
    await test?.close();
  });

  describe('localities', () => {
    it('adds a locality with its Family Link Officers, and a new case can be opened in it', async () => {
      const created = await http()
        .post('/api/admin/localities')
        .set('Cookie', cookie)
        .send({ code: 'westholm', name: ' Westholm ', familyLinkOfficerIds: [flo.id] })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'westholm',
        name: 'Westholm',
        isVulnerablePupilsTeam: false,
        retired: false,
        children: 0,
        familyLinkOfficers: [{ id: flo.id, displayName: 'Test presenter' }],
      });
      const offered = await http().get('/api/localities').set('Cookie', floCookie).expect(200);
      expect(offered.body).toContainEqual({
        code: 'westholm',
        name: 'Westholm',
        isVulnerablePupilsTeam: false,
        retired: false,
      });
      await http()
        .post('/api/cases')
        .set('Cookie', floCookie)
        .send({
          givenName: 'Marigold',
          familyName: 'Quibbleton',
          dateOfBirth: '2017-02-11',
          yearGroup: 4,
          localityCode: 'westholm',
          primaryNeed: 'semh',
          request: { receivedOn: '2026-01-05', source: 'school' },
        })
        .expect(201);
      const [audit] = await auditOf(created.body.id);
      expect(audit).toMatchObject({
        action: 'locality.created',
        actor_id: admin.id,
        before: null,
        after: { code: 'westholm', name: 'Westholm', retired: false, familyLinkOfficerIds: [flo.id] },
      });
    });

    it('renames a locality and changes its Family Link Officers, with the change audited before and after', async () => {
      const created = await http()
        .post('/api/admin/localities')
        .set('Cookie', cookie)
        .send({ code: 'eastbrook', name: 'Eastbrok' })
        .expect(201);
      const changed = await http()
        .patch(`/api/admin/localities/${created.body.id}`)
        .set('Cookie', cookie)
        .send({ name: 'Eastbrook', familyLinkOfficerIds: [flo.id] })
        .expect(200);
      expect(changed.body).toMatchObject({
        code: 'eastbrook',
        name: 'Eastbrook',
        familyLinkOfficers: [{ id: flo.id }],
      });
      const [, audit] = await auditOf(created.body.id);
      expect(audit).toMatchObject({
        action: 'locality.updated',
        before: { name: 'Eastbrok', familyLinkOfficerIds: [] },
        after: { name: 'Eastbrook', familyLinkOfficerIds: [flo.id] },
      });
    });

    it('retires a locality still in use instead of deleting it: its children keep it, new cases cannot use it', async () => {
      const { childId } = await aCase(dataSource, { locality: 'oldmere' });
      const id = await localityId('oldmere');
      const before = await snapshot();
      const refused = await http().delete(`/api/admin/localities/${id}`).set('Cookie', cookie).expect(409);
      expect(refused.body).toMatchObject({
        code: 'locality_in_use',
        message: expect.stringContaining('retire it instead'),
      });
      expect(await snapshot()).toEqual(before);

      const retired = await http()
        .patch(`/api/admin/localities/${id}`)
        .set('Cookie', cookie)
        .send({ retired: true })
        .expect(200);
      expect(retired.body).toMatchObject({ retired: true, children: 1 });
      const child = await row<{ locality_id: string }>(`SELECT locality_id FROM children WHERE id = $1`, [
        childId,
      ]);
      expect(child.locality_id).toBe(id);
      const newCase = await http()
        .post('/api/cases')
        .set('Cookie', floCookie)
        .send({
          givenName: 'Tansy',
          familyName: 'Quibbleton',
          dateOfBirth: '2017-02-11',
          yearGroup: 4,
          localityCode: 'oldmere',
          primaryNeed: 'semh',
          request: { receivedOn: '2026-01-05', source: 'school' },
        })
        .expect(400);
      expect(newCase.body.fields[0]).toMatchObject({ field: 'localityCode' });
      const listed = await http().get('/api/localities').set('Cookie', floCookie).expect(200);
      expect(listed.body.find((l: { code: string }) => l.code === 'oldmere')).toMatchObject({
        retired: true,
      });

      await http()
        .patch(`/api/admin/localities/${id}`)
        .set('Cookie', cookie)
        .send({ retired: false })
        .expect(200);
      expect((await auditOf(id)).map((a) => a.action)).toEqual(['locality.retired', 'locality.reinstated']);
    });

    it('deletes a locality nothing uses, and says so in the audit trail', async () => {
      const created = await http()
        .post('/api/admin/localities')
        .set('Cookie', cookie)
        .send({ code: 'typo_ville', name: 'Typo' })
        .expect(201);
      await http().delete(`/api/admin/localities/${created.body.id}`).set('Cookie', cookie).expect(204);
      expect(await dataSource.query(`SELECT 1 FROM localities WHERE id = $1`, [created.body.id])).toEqual([]);
      expect((await auditOf(created.body.id)).map((a) => a.action)).toEqual([
        'locality.created',
        'locality.deleted',
      ]);
      await http().delete(`/api/admin/localities/${created.body.id}`).set('Cookie', cookie).expect(404);
    });

    it('refuses bad input with a 4xx naming the field, and changes nothing', async () => {
      const id = await localityId('westholm');
      const notAFlo = await aUser(dataSource, { roles: ['panel_member'] });
      const before = await snapshot();
      const cases: [string, string, Record<string, unknown>, number, string | null][] = [
        ['post', '/api/admin/localities', { code: 'Has Spaces', name: 'X' }, 400, 'code'],
        ['post', '/api/admin/localities', { code: 'ok_code', name: '' }, 400, 'name'],
        ['post', '/api/admin/localities', { code: 'ok_code', name: 'X', extra: 1 }, 400, null],
        ['post', '/api/admin/localities', { code: 'westholm', name: 'Twice' }, 409, 'code'],
        [
          'post',
          '/api/admin/localities',
          { code: 'ok_code', name: 'X', familyLinkOfficerIds: [notAFlo.id] },
          400,
          'familyLinkOfficerIds',
        ],
        [
          'post',
          '/api/admin/localities',
          { code: 'ok_code', name: 'X', familyLinkOfficerIds: ['nope'] },
          400,
          'familyLinkOfficerIds',
        ],
        ['patch', `/api/admin/localities/${id}`, {}, 400, null],
        ['patch', `/api/admin/localities/${id}`, { name: 'x'.repeat(121) }, 400, 'name'],
        ['patch', `/api/admin/localities/${id}`, { retired: 'yes' }, 400, 'retired'],
        [
          'patch',
          `/api/admin/localities/${id}`,
          { name: 'Fine', familyLinkOfficerIds: [notAFlo.id] },
          400,
          'familyLinkOfficerIds',
        ],
        [
          'patch',
          '/api/admin/localities/00000000-0000-4000-8000-000000000000',
          { name: 'Nowhere' },
          404,
          null,
        ],
        ['patch', '/api/admin/localities/not-an-id', { name: 'Nowhere' }, 400, null],
      ];
      for (const [method, path, body, status, field] of cases) {
        const response = await http()[method as 'post' | 'patch'](path).set('Cookie', cookie).send(body);
        expect([path, body, response.status]).toEqual([path, body, status]);
        expect(response.body.message).toEqual(expect.any(String));
        if (field) expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('lets only administrators manage localities', async () => {
      const id = await localityId('westholm');
      const before = await snapshot();
      for (const who of [floCookie, chairCookie]) {
        await http().get('/api/admin/localities').set('Cookie', who).expect(403);
        await http()
          .post('/api/admin/localities')
          .set('Cookie', who)
          .send({ code: 'mine', name: 'Mine' })
          .expect(403);
        await http()
          .patch(`/api/admin/localities/${id}`)
          .set('Cookie', who)
          .send({ retired: true })
          .expect(403);
        await http().delete(`/api/admin/localities/${id}`).set('Cookie', who).expect(403);
      }
      await http().post('/api/admin/localities').send({ code: 'mine', name: 'Mine' }).expect(401);
      expect(await snapshot()).toEqual(before);
      const list = await http().get('/api/admin/localities').set('Cookie', cookie).expect(200);
      expect(list.body.map((l: { code: string }) => l.code)).toContain('westholm');
    });
  });

  describe('agencies and teams', () => {
    it('renames a team and retires it: its people keep it, but no new user can join it', async () => {
      const team = await anAgency(dataSource, 'physio_north', 'health');
      const someone = await aUser(dataSource, {
        roles: ['health_team_rep'],
        agencyCode: 'physio_north',
        agencyKind: 'health',
      });
      const renamed = await http()
        .patch(`/api/admin/agencies/${team}`)
        .set('Cookie', cookie)
        .send({ name: 'Physiotherapy (north)' })
        .expect(200);
      expect(renamed.body).toMatchObject({
        code: 'physio_north',
        name: 'Physiotherapy (north)',
        retired: false,
      });
      const refused = await http().delete(`/api/admin/agencies/${team}`).set('Cookie', cookie).expect(409);
      expect(refused.body.code).toBe('agency_in_use');
      await http()
        .patch(`/api/admin/agencies/${team}`)
        .set('Cookie', cookie)
        .send({ retired: true })
        .expect(200);
      const user = await row<{ agency_id: string }>(`SELECT agency_id FROM users WHERE id = $1`, [
        someone.id,
      ]);
      expect(user.agency_id).toBe(team);
      const users = await count('users');
      const newUser = await http()
        .post('/api/admin/users')
        .set('Cookie', cookie)
        .send({
          email: 'late@council.example',
          displayName: 'Late Joiner',
          agencyId: team,
          roles: ['health_team_rep'],
        })
        .expect(400);
      expect(newUser.body.fields[0].field).toBe('agencyId');
      expect(await count('users')).toBe(users);
      const list = await http().get('/api/admin/agencies').set('Cookie', cookie).expect(200);
      expect(list.body.find((a: { id: string }) => a.id === team)).toMatchObject({ retired: true });
      expect((await auditOf(team)).map((a) => a.action)).toEqual(['agency.updated', 'agency.retired']);
    });

    it('a retired health team is no longer offered to the Health Gateway to triage to', async () => {
      const team = await anAgency(dataSource, 'dietetics_old', 'health');
      const dco = await signIn(test, await aUser(dataSource, { roles: ['dco'] }));
      const before = await http().get('/api/health-gateway/teams').set('Cookie', dco).expect(200);
      expect(before.body.map((t: { id: string }) => t.id)).toContain(team);
      await http()
        .patch(`/api/admin/agencies/${team}`)
        .set('Cookie', cookie)
        .send({ retired: true })
        .expect(200);
      const after = await http().get('/api/health-gateway/teams').set('Cookie', dco).expect(200);
      expect(after.body.map((t: { id: string }) => t.id)).not.toContain(team);
    });

    it('deletes an agency nobody belongs to', async () => {
      const created = await http()
        .post('/api/admin/agencies')
        .set('Cookie', cookie)
        .send({ code: 'misspelt', name: 'Mispelt', kind: 'social_care' })
        .expect(201);
      await http().delete(`/api/admin/agencies/${created.body.id}`).set('Cookie', cookie).expect(204);
      expect((await auditOf(created.body.id)).map((a) => a.action)).toEqual([
        'agency.created',
        'agency.deleted',
      ]);
    });

    it('refuses bad input and other roles, and changes nothing', async () => {
      const team = await anAgency(dataSource, 'salt_south', 'health');
      const before = await snapshot();
      await http().patch(`/api/admin/agencies/${team}`).set('Cookie', cookie).send({}).expect(400);
      await http().patch(`/api/admin/agencies/${team}`).set('Cookie', cookie).send({ name: '' }).expect(400);
      await http()
        .patch(`/api/admin/agencies/${team}`)
        .set('Cookie', cookie)
        .send({ kind: 'health' })
        .expect(400);
      await http()
        .patch('/api/admin/agencies/00000000-0000-4000-8000-000000000000')
        .set('Cookie', cookie)
        .send({ name: 'Nobody' })
        .expect(404);
      await http()
        .post('/api/admin/agencies')
        .set('Cookie', cookie)
        .send({ code: 'salt_south', name: 'Again', kind: 'health' })
        .expect(409);
      await http()
        .patch(`/api/admin/agencies/${team}`)
        .set('Cookie', chairCookie)
        .send({ retired: true })
        .expect(403);
      await http().delete(`/api/admin/agencies/${team}`).set('Cookie', floCookie).expect(403);
      expect(await snapshot()).toEqual(before);
    });
  });
});
