import { ROLES, type Role } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seesWholeCaseload } from '../src/cases/case-access.service.js';
import { AUTHORIZATION_MATRIX, allows } from '../src/identity/authorization-matrix.js';
import { aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running API answers, as `METHOD /path`. */
function registeredRoutes(test: TestApp): string[] {
  const express = test.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return (
    express.router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`),
      )
      .filter((route) => route.includes(' /api/'))
      // The OpenAPI document and its viewer are public by design; they are served by Swagger, not by our handlers.
      .filter((route) => !route.includes(' /api/docs'))
  );
}

describe('the authorization matrix, walked against the running API', () => {
  let test: TestApp;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    test = await startTestApp();
    const dataSource = test.app.get(DataSource);
    for (const role of ROLES) {
      cookies.set(role, await signIn(test, await aUser(dataSource, { roles: [role] })));
    }
  });
  afterAll(async () => {
    await test?.close();
  });

  it('has a row for every route the API answers, and a route for every row', () => {
    const routes = registeredRoutes(test).sort();
    const rows = AUTHORIZATION_MATRIX.map((row) => `${row.method} ${row.path}`).sort();
    expect(routes).toEqual(rows);
  });

  it('opens to a family account only who am I, sign-out and the family’s own routes', () => {
    const open = AUTHORIZATION_MATRIX.filter(
      (row) => row.access !== 'public' && allows(row.access, ['family']),
    ).map((row) => `${row.method} ${row.path}`);
    expect(open.sort()).toEqual([
      'GET /api/auth/me',
      'GET /api/family/children',
      'GET /api/family/children/:childId/advice',
      'GET /api/family/children/:childId/decisions',
      'GET /api/family/children/:childId/decisions/:decisionId/letter',
      'GET /api/family/children/:childId/plan',
      'GET /api/family/children/:childId/request',
      'GET /api/family/children/:childId/reviews',
      'GET /api/family/children/:childId/views',
      'GET /api/family/you-said-we-did',
      'POST /api/auth/sign-out',
      'POST /api/family/children/:childId/feedback',
      'POST /api/family/children/:childId/plan/comments',
      'POST /api/family/children/:childId/views',
    ]);
  });

  const cases = AUTHORIZATION_MATRIX.flatMap((row) => [null, ...ROLES].map((role) => ({ row, role })));
  it.each(cases)('$row.method $row.path as $role', async ({ row, role }) => {
    const path = row.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
    let call = request(test.app.getHttpServer())[row.method.toLowerCase() as 'get'](path);
    if (role) call = call.set('Cookie', cookies.get(role)!);
    // Sign-out would end the session the rest of the walk needs: check it with a session of its own.
    if (row.path === '/api/auth/sign-out' && role) {
      const user = await aUser(test.app.get(DataSource), { roles: [role] });
      call = request(test.app.getHttpServer())
        .post(path)
        .set('Cookie', await signIn(test, user));
    }
    const response = await call.send({});
    // A made-up case is nobody's: a health team representative, who sees only their team's cases, is refused
    // it as any case that is not theirs; those who see every case are told it is not found.
    const allowed =
      allows(row.access, role ? [role] : null) &&
      (!row.owner || !role || allows(row.owner.anyCase, [role]) || seesWholeCaseload([role]));
    if (allowed) {
      expect([401, 403]).not.toContain(response.status);
      // An empty or made-up request is a client's mistake: a 4xx, never a server error.
      expect(response.status, `${row.method} ${row.path} answered ${response.status}`).toBeLessThan(500);
    } else {
      expect(response.status).toBe(role ? 403 : 401);
    }
  });
});
