import argon2 from 'argon2';
import { generate } from 'otplib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TWO_STEP_SECRET, DemoCouncilLoader } from '../src/demo/demo-council-loader.js';
import { DEMO_LOGIN_EMAILS } from '../src/demo/demo-staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const count = async (dataSource: DataSource, table: string) =>
  Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

describe('loading the demo council', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let loader: DemoCouncilLoader;
  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    loader = test.app.get(DemoCouncilLoader);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('loads a whole council into an empty database', async () => {
    const result = await loader.loadIfEmpty('2026-11-23');
    expect(result.loaded).toBe(true);
    expect(await count(dataSource, 'children')).toBeGreaterThan(1000);
    expect(await count(dataSource, 'ehc_requests')).toBe(await count(dataSource, 'children'));
    const open = await dataSource.query(
      `SELECT count(*)::int AS n FROM ehc_requests WHERE stage NOT IN ('final_issued', 'refused', 'not_issued', 'withdrawn')`,
    );
    expect(open[0].n).toBeGreaterThan(300);
    expect(await count(dataSource, 'advice_requests')).toBeGreaterThan(1000);
    expect(await count(dataSource, 'agenda_items')).toBeGreaterThan(100);
  });

  it('holds weekly Weekly Orders sittings, past and coming, each agenda built from the clocks with its reasons', async () => {
    const sittings = await dataSource.query(
      `SELECT m.status, count(a.id)::int AS items, count(a.id) FILTER (WHERE a.outcome = 'actions_agreed')::int AS concluded,
              (SELECT count(*)::int FROM weekly_order_reasons w JOIN agenda_items i ON i.id = w.agenda_item_id WHERE i.meeting_id = m.id) AS reasons
         FROM meetings m LEFT JOIN agenda_items a ON a.meeting_id = m.id
        WHERE m.kind = 'weekly_orders' GROUP BY m.id ORDER BY m.starts_at`,
    );
    expect(sittings.some((s: { status: string }) => s.status === 'ended')).toBe(true);
    expect(sittings.some((s: { status: string }) => s.status === 'scheduled')).toBe(true);
    for (const s of sittings) {
      expect(s.items).toBeGreaterThan(0);
      expect(s.reasons).toBeGreaterThanOrEqual(s.items);
      expect(s.concluded).toBe(s.status === 'ended' ? s.items : 0);
    }
  });

  it('lets every demo login sign in with the documented password', async () => {
    for (const email of Object.values(DEMO_LOGIN_EMAILS)) {
      const [user] = await dataSource.query('SELECT password_hash FROM users WHERE email = $1', [email]);
      expect(await argon2.verify(user.password_hash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('lets the demo administrator sign in with the published demo secret of their authenticator app', async () => {
    const signIn = (code?: string) =>
      request(test.app.getHttpServer())
        .post('/api/auth/sign-in')
        .send({ email: DEMO_LOGIN_EMAILS.admin, password: DEMO_PASSWORD, ...(code ? { code } : {}) });
    expect((await signIn().expect(401)).body.code).toBe('two_step_code_required');
    const signedIn = await signIn(await generate({ secret: DEMO_TWO_STEP_SECRET })).expect(200);
    expect(signedIn.body).toMatchObject({ roles: ['admin'], twoStepOn: true, mustEnrolTwoStep: false });
  });

  it('never loads twice: a second start finds the records and changes nothing', async () => {
    const before = await count(dataSource, 'children');
    const result = await loader.loadIfEmpty('2026-11-30');
    expect(result).toEqual({ loaded: false, reason: 'the database already holds records' });
    expect(await count(dataSource, 'children')).toBe(before);
  });

  it('never writes over real data: a council with only its own users gets no demo', async () => {
    const other = await startTestApp();
    try {
      const ds = other.app.get(DataSource);
      const [agency] = await ds.query(
        `INSERT INTO agencies (code, name, kind) VALUES ('send', 'SEND', 'send_service') RETURNING id`,
      );
      await ds.query(
        `INSERT INTO users (email, display_name, agency_id, roles) VALUES ('real@council.example', 'Real Person', $1, '{admin}')`,
        [agency.id],
      );
      const result = await other.app.get(DemoCouncilLoader).loadIfEmpty('2026-11-23');
      expect(result.loaded).toBe(false);
      expect(await count(ds, 'children')).toBe(0);
      expect(await count(ds, 'users')).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('refuses values outside the vocabulary at the database, not only in code', async () => {
    await expect(
      dataSource.query(
        `UPDATE ehc_requests SET stage = 'lost' WHERE id = (SELECT id FROM ehc_requests LIMIT 1)`,
      ),
    ).rejects.toThrow(/ehc_requests_stage/);
    await expect(
      dataSource.query(
        `UPDATE children SET primary_need = 'unknown' WHERE id = (SELECT id FROM children LIMIT 1)`,
      ),
    ).rejects.toThrow(/children_primary_need/);
  });
});
