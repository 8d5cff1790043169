import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../src/audit/audit.service.js';
import { aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the audit trail', () => {
  let test: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    await dataSource.transaction((manager) =>
      test.app.get(AuditService).record(manager, {
        actorId: null,
        action: 'request.decision_to_assess',
        entityType: 'ehc_request',
        entityId: 'r-1',
        before: { stage: 'received' },
        after: { stage: 'assessment' },
      }),
    );
  });
  afterAll(async () => {
    await test?.close();
  });

  it('keeps who, what, before and after', async () => {
    const [record] = await dataSource.query(
      `SELECT action, before, after FROM audit_records WHERE entity_id = 'r-1'`,
    );
    expect(record).toEqual({
      action: 'request.decision_to_assess',
      before: { stage: 'received' },
      after: { stage: 'assessment' },
    });
  });

  it('cannot be changed: the database itself refuses an UPDATE', async () => {
    await expect(dataSource.query(`UPDATE audit_records SET action = 'nothing happened'`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
  });

  it('cannot be deleted or truncated, even by the schema owner', async () => {
    await expect(dataSource.query(`DELETE FROM audit_records`)).rejects.toThrow(/append-only: DELETE/);
    await expect(dataSource.query(`TRUNCATE audit_records`)).rejects.toThrow(/append-only: TRUNCATE/);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_records`);
    expect(n).toBe(1);
  });

  it('is written in the same transaction as the change: a rolled-back change leaves no record', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await test.app
          .get(AuditService)
          .record(manager, { actorId: null, action: 'x', entityType: 't', entityId: 'r-2' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await dataSource.query(`SELECT 1 FROM audit_records WHERE entity_id = 'r-2'`);
    expect(rows).toHaveLength(0);
  });

  it('shows admins the trail, filtered by what and who, and exports it as CSV for Excel', async () => {
    const admin = await aUser(dataSource, { roles: ['admin'] });
    const cookie = await signIn(test, admin);
    await dataSource.transaction((manager) =>
      test.app.get(AuditService).record(manager, {
        actorId: admin.id,
        action: 'user.created',
        entityType: 'user',
        entityId: 'u-9',
        after: { note: '=1+1' },
      }),
    );
    const filtered = await request(test.app.getHttpServer())
      .get('/api/audit?action=request.&pageSize=10')
      .set('Cookie', cookie)
      .expect(200);
    expect(filtered.body.items.map((r: { action: string }) => r.action)).toEqual([
      'request.decision_to_assess',
    ]);
    const byActor = await request(test.app.getHttpServer())
      .get(`/api/audit?actorId=${admin.id}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(byActor.body.items).toEqual([
      expect.objectContaining({
        action: 'user.created',
        actor: { id: admin.id, displayName: expect.any(String) },
      }),
    ]);
    const csv = await request(test.app.getHttpServer())
      .get('/api/audit/export.csv')
      .set('Cookie', cookie)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,occurred_at,actor_id,actor,action,entity_type,entity_id,meeting_id,before,after',
    );
    expect(lines.some((l) => l.includes('request.decision_to_assess'))).toBe(true);
  });

  it('is for admins only', async () => {
    const chair = await aUser(dataSource, { roles: ['chair'] });
    await request(test.app.getHttpServer())
      .get('/api/audit')
      .set('Cookie', await signIn(test, chair))
      .expect(403);
  });
});
