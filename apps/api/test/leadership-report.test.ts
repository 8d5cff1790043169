import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the leadership report of decisions', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let cookie: string;

  const decide = (requestId: string, stage: string, on: string) =>
    dataSource.query(`INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, $2, $3)`, [
      requestId,
      stage,
      on,
    ]);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    cookie = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    // Northdale: 3 agreed, 1 refused in March; Southmoor: 1 refused in March, 1 refused in April.
    for (const stage of ['assessment', 'assessment', 'assessment', 'refused']) {
      const c = await aCase(dataSource, { locality: 'northdale', receivedOn: '2026-02-02' });
      await decide(c.requestId, stage, '2026-03-10');
    }
    const south = await aCase(dataSource, { locality: 'southmoor', receivedOn: '2026-02-02' });
    await decide(south.requestId, 'refused', '2026-03-31');
    const april = await aCase(dataSource, { locality: 'southmoor', receivedOn: '2026-03-02' });
    await decide(april.requestId, 'refused', '2026-04-01');
    // A decision to issue after an agreed assessment, and a decision outside every period asked for.
    const issued = await aCase(dataSource, { locality: 'northdale', receivedOn: '2025-10-01' });
    await decide(issued.requestId, 'decision_to_issue', '2026-03-20');
    const old = await aCase(dataSource, { locality: 'northdale', receivedOn: '2025-01-06' });
    await decide(old.requestId, 'refused', '2025-02-01');
  });
  afterAll(async () => {
    await test?.close();
  });

  it('counts the decisions in the period by outcome, month and locality, with the refusal rate', async () => {
    const { body } = await request(test.app.getHttpServer())
      .get('/api/reports/decisions?from=2026-03-01&to=2026-03-31')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.total).toEqual({
      agreedToAssess: 3,
      refusedToAssess: 2,
      agreedToIssue: 1,
      notIssued: 0,
      refusalRate: 40,
    });
    expect(body.byMonth).toEqual([
      {
        key: '2026-03',
        agreedToAssess: 3,
        refusedToAssess: 2,
        agreedToIssue: 1,
        notIssued: 0,
        refusalRate: 40,
      },
    ]);
    const byLocality = Object.fromEntries(
      body.byLocality.map((row: { key: string; refusalRate: number }) => [row.key, row.refusalRate]),
    );
    expect(byLocality).toEqual({ Northdale: 25, Southmoor: 100 });
    expect(body.byNeed[0].key).toBe('communication_interaction');
  });

  it('takes both ends of the period as inclusive days', async () => {
    const { body } = await request(test.app.getHttpServer())
      .get('/api/reports/decisions?from=2026-03-31&to=2026-04-01')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.total.refusedToAssess).toBe(2);
    expect(body.byMonth.map((row: { key: string }) => row.key)).toEqual(['2026-03', '2026-04']);
  });

  it('reports no refusal rate for a period without decisions', async () => {
    const { body } = await request(test.app.getHttpServer())
      .get('/api/reports/decisions?from=2024-01-01&to=2024-12-31')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.total).toEqual({
      agreedToAssess: 0,
      refusedToAssess: 0,
      agreedToIssue: 0,
      notIssued: 0,
      refusalRate: null,
    });
  });

  it('refuses a period that is not two calendar dates in order', async () => {
    for (const query of [
      'from=2026-03-01',
      'from=2026-02-30&to=2026-03-01',
      'from=2026-04-01&to=2026-03-01',
    ]) {
      const response = await request(test.app.getHttpServer())
        .get(`/api/reports/decisions?${query}`)
        .set('Cookie', cookie)
        .expect(400);
      expect(response.body.message).toBeTruthy();
    }
  });

  it('is not for health team representatives or presenters', async () => {
    for (const roles of [['health_team_rep'], ['presenter']] as const) {
      const other = await signIn(test, await aUser(dataSource, { roles: [...roles] }));
      await request(test.app.getHttpServer())
        .get('/api/reports/decisions?from=2026-03-01&to=2026-03-31')
        .set('Cookie', other)
        .expect(403);
    }
  });
});
