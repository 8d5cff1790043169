import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const aParent = (email: string) => ({
  name: 'Sam Taylor',
  email,
  kind: 'parent_carer',
  parentalResponsibility: true,
  relationship: 'mum',
});

describe('a Family Link Officer gives the family access to the child’s case', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: string;
  let floId: string;
  const http = () => request(test.app.getHttpServer());
  const auditOf = async (linkId: string) =>
    (
      await dataSource.query<{ action: string; actor_id: string }[]>(
        `SELECT action, actor_id FROM audit_records WHERE entity_type = 'family_link' AND entity_id = $1 ORDER BY id`,
        [linkId],
      )
    ).map((r) => r.action);
  const counts = async () =>
    (
      await dataSource.query<{ links: number; users: number; audit: number }[]>(
        `SELECT (SELECT count(*)::int FROM family_links) AS links, (SELECT count(*)::int FROM users) AS users,
                (SELECT count(*)::int FROM audit_records) AS audit`,
      )
    )[0];

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    const officer = await aUser(dataSource, { roles: ['presenter'] });
    floId = officer.id;
    flo = await signIn(test, officer);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('adds a parent with parental responsibility, lists them, and records it in the audit trail', async () => {
    const { childId } = await aCase(dataSource, { flo: floId });
    const added = await http()
      .post(`/api/cases/${childId}/family-members`)
      .set('Cookie', flo)
      .send(aParent('Sam.Taylor@Family.example'))
      .expect(201);
    expect(added.body).toMatchObject({
      name: 'Sam Taylor',
      email: 'sam.taylor@family.example',
      kind: 'parent_carer',
      relationship: 'mum',
      contactRestricted: false,
    });
    const listed = await http().get(`/api/cases/${childId}/family-members`).set('Cookie', flo).expect(200);
    expect(listed.body).toEqual([added.body]);
    expect(await auditOf(added.body.id)).toEqual(['family_member.added']);
    const [account] = await dataSource.query<
      { roles: string[]; password_hash: string | null; kind: string }[]
    >(
      `SELECT u.roles, u.password_hash, a.kind FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.email = $1`,
      ['sam.taylor@family.example'],
    );
    expect(account).toEqual({ roles: ['family'], password_hash: null, kind: 'families' });
  });

  it('gives a parent of siblings one account covering both children', async () => {
    const first = await aCase(dataSource, { flo: floId });
    const second = await aCase(dataSource, { flo: floId });
    for (const { childId } of [first, second])
      await http()
        .post(`/api/cases/${childId}/family-members`)
        .set('Cookie', flo)
        .send(aParent('siblings.parent@family.example'))
        .expect(201);
    const [row] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE email = 'siblings.parent@family.example'`,
    );
    expect(row!.n).toBe(1);
  });

  it('refuses, changing nothing: no parental responsibility, a young person under 16, the same person twice, a staff address', async () => {
    const { childId } = await aCase(dataSource, { flo: floId });
    await http()
      .post(`/api/cases/${childId}/family-members`)
      .set('Cookie', flo)
      .send(aParent('twice@family.example'))
      .expect(201);
    const staff = await aUser(dataSource, { roles: ['panel_member'] });
    const before = await counts();
    const refusals: [object, number, string][] = [
      [
        { ...aParent('nopr@family.example'), parentalResponsibility: false },
        422,
        'no_parental_responsibility',
      ],
      [
        { ...aParent('nopr2@family.example'), parentalResponsibility: undefined },
        422,
        'no_parental_responsibility',
      ],
      [
        { name: 'Wobbly', email: 'young@family.example', kind: 'young_person', relationship: 'self' },
        422,
        'young_person_under_16',
      ],
      [aParent('twice@family.example'), 409, 'already_a_family_member'],
      [aParent(staff.email), 409, 'email_in_use'],
    ];
    for (const [body, status, code] of refusals) {
      const response = await http()
        .post(`/api/cases/${childId}/family-members`)
        .set('Cookie', flo)
        .send(body);
      expect(response.status, code).toBe(status);
      expect(response.body.code).toBe(code);
    }
    const unknown = await http()
      .post(`/api/cases/00000000-0000-4000-8000-000000000000/family-members`)
      .set('Cookie', flo)
      .send(aParent('nobody@family.example'));
    expect(unknown.status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('gives a young person their own account from their 16th birthday', async () => {
    const { childId } = await aCase(dataSource, { flo: floId });
    const sixteenToday = new Date();
    sixteenToday.setUTCFullYear(sixteenToday.getUTCFullYear() - 16);
    await dataSource.query(
      `UPDATE children SET date_of_birth = ($2::timestamptz AT TIME ZONE 'Europe/London')::date WHERE id = $1`,
      [childId, sixteenToday.toISOString()],
    );
    const added = await http()
      .post(`/api/cases/${childId}/family-members`)
      .set('Cookie', flo)
      .send({ name: 'Jo Taylor', email: 'jo@family.example', kind: 'young_person', relationship: 'self' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  });

  it('changes the address, relationship and restriction, and removes access, each in the audit trail', async () => {
    const { childId } = await aCase(dataSource, { flo: floId });
    const added = await http()
      .post(`/api/cases/${childId}/family-members`)
      .set('Cookie', flo)
      .send(aParent('change.me@family.example'))
      .expect(201);
    const changed = await http()
      .patch(`/api/cases/${childId}/family-members/${added.body.id}`)
      .set('Cookie', flo)
      .send({ email: 'changed@family.example', relationship: 'stepmum', contactRestricted: true })
      .expect(200);
    expect(changed.body).toMatchObject({
      email: 'changed@family.example',
      relationship: 'stepmum',
      contactRestricted: true,
    });
    const [record] = await dataSource.query<{ before: object; after: object }[]>(
      `SELECT before, after FROM audit_records WHERE entity_id = $1 AND action = 'family_member.changed'`,
      [added.body.id],
    );
    expect(record).toEqual({
      before: { email: 'change.me@family.example', relationship: 'mum', contactRestricted: false },
      after: { email: 'changed@family.example', relationship: 'stepmum', contactRestricted: true },
    });
    await http()
      .patch(`/api/cases/${childId}/family-members/${added.body.id}`)
      .set('Cookie', flo)
      .send({})
      .expect(400);
    await http()
      .delete(`/api/cases/${childId}/family-members/${added.body.id}`)
      .set('Cookie', flo)
      .expect(204);
    const listed = await http().get(`/api/cases/${childId}/family-members`).set('Cookie', flo).expect(200);
    expect(listed.body).toEqual([]);
    expect(await auditOf(added.body.id)).toEqual([
      'family_member.added',
      'family_member.changed',
      'family_member.removed',
    ]);
    // Removal is a record, not a deletion; the account that covered no other child is closed.
    const [left] = await dataSource.query<{ removed: boolean; active: boolean }[]>(
      `SELECT l.removed_at IS NOT NULL AS removed, u.active FROM family_links l JOIN users u ON u.id = l.user_id WHERE l.id = $1`,
      [added.body.id],
    );
    expect(left).toEqual({ removed: true, active: false });
    await http()
      .delete(`/api/cases/${childId}/family-members/${added.body.id}`)
      .set('Cookie', flo)
      .expect(404);
  });

  it('keeps family accounts out of the administrators’ users: none is listed, none can be given a staff role', async () => {
    const { childId } = await aCase(dataSource, { flo: floId });
    const added = await http()
      .post(`/api/cases/${childId}/family-members`)
      .set('Cookie', flo)
      .send(aParent('not.staff@family.example'))
      .expect(201);
    const [account] = await dataSource.query<{ id: string }[]>(
      `SELECT user_id AS id FROM family_links WHERE id = $1`,
      [added.body.id],
    );
    const admin = await signIn(test, await aUser(dataSource, { roles: ['admin'] }));
    const users = await http().get('/api/admin/users').set('Cookie', admin).expect(200);
    expect(JSON.stringify(users.body)).not.toContain('not.staff@family.example');
    await http()
      .patch(`/api/admin/users/${account!.id}`)
      .set('Cookie', admin)
      .send({ roles: ['chair'] })
      .expect(404);
    const [roles] = await dataSource.query<{ roles: string[] }[]>(`SELECT roles FROM users WHERE id = $1`, [
      account!.id,
    ]);
    expect(roles).toEqual({ roles: ['family'] });
  });
});
