import { ROLES, type Role } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION_MATRIX, allows, type MatrixRow } from '../src/identity/authorization-matrix.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/**
 * A body each route would take from the case's owner, so a refusal shows the guard, not the validation, held
 * (the uploads are multipart and are sent empty: the guard answers before the file is read).
 */
const BODIES: Record<string, object> = {
  '/api/cases/:childId/panel-requests': {
    kind: 'placement',
    summary: 'A move to a specialist setting',
    settingName: 'Northdale Academy',
    settingType: 'special',
  },
  '/api/requests/:requestId/transitions': { to: 'withdrawn', occurredOn: yesterday },
  '/api/requests/:requestId/exceptions': {
    regulation: '10(4)',
    kind: 'exceptional_circumstances',
    startsOn: yesterday,
  },
  '/api/cases/:childId/annual-reviews': { reviewMeetingOn: yesterday },
  '/api/annual-reviews/:reviewId/decision': { decisionOn: today, outcome: 'maintain' },
  '/api/annual-reviews/:reviewId/amended-plan': { amendedPlanIssuedOn: today },
  '/api/cases/:childId/phase-transfers': { kind: 'primary_to_secondary', transferYear: 2027 },
  '/api/phase-transfers/:transferId/amended-plan': {
    amendedPlanIssuedOn: today,
    settingName: 'Northdale High',
  },
  '/api/health-gateway/advice/:adviceId/quality': { criteria: {}, note: 'Clear' },
  '/api/health-gateway/advice/:adviceId/chase': { note: 'Chased by phone' },
  '/api/cases/:childId/family-members': {
    name: 'Sam Taylor',
    email: 'sam.taylor@family.example',
    kind: 'parent_carer',
    parentalResponsibility: true,
    relationship: 'mum',
  },
  '/api/cases/:childId/family-members/:familyMemberId': { relationship: 'dad' },
};

/** Everything a write to a case could leave behind. */
const TABLES = [
  'audit_records',
  'request_events',
  'statutory_exceptions',
  'evidence_items',
  'panel_requests',
  'annual_reviews',
  'phase_transfers',
  'advice_requests',
  'actions',
  'delegated_decisions',
  'family_links',
];

describe('a write to a child’s case, by each role, owner or not (the authorization matrix’s ownership column)', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const ids: Record<string, string> = {};
  /** Cookies of a user of each role who owns nothing. */
  const stranger = new Map<Role, string>();
  /** Cookies of the case's owners: its Family Link Officer, and a rep of the team its advice went to. */
  const owner = new Map<Role, string>();

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
          return [table, row!.n] as const;
        }),
      ),
    );
  const call = (row: MatrixRow, cookie: string, body: object) => {
    const path = row.path.replace(/:([A-Za-z]+)/g, (_, key: string) => ids[key]!);
    const sent = request(test.app.getHttpServer())
      [row.method.toLowerCase() as 'post'](path)
      .set('Cookie', cookie);
    return sent.send(
      row.path === '/api/health-gateway/advice' ? { ...body, requestId: ids.requestId } : body,
    );
  };

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    const team = await anAgency(dataSource, 'salt', 'health');
    await anAgency(dataSource, 'camhs', 'health');
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    const rep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    owner.set('presenter', await signIn(test, flo));
    owner.set('health_team_rep', await signIn(test, rep));
    for (const role of ROLES) {
      const user: TestUser = await aUser(dataSource, {
        roles: [role],
        ...(role === 'health_team_rep' ? { agencyCode: 'camhs', agencyKind: 'health' as const } : {}),
      });
      stranger.set(role, await signIn(test, user));
    }
    const theCase = await aCase(dataSource, { flo: flo.id, receivedOn: '2025-01-06' });
    ids.childId = theCase.childId;
    ids.requestId = theCase.requestId;
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', decision_to_assess_on = '2025-02-03', decision_to_issue_on = '2025-04-07', draft_issued_on = '2025-05-05', final_issued_on = '2025-05-26' WHERE id = $1`,
      [theCase.requestId],
    );
    const [advice] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', '2025-02-03', 'with_team') RETURNING id`,
      [theCase.requestId, team],
    );
    ids.adviceId = advice!.id;
    const [review] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on) VALUES ($1, $2, '2025-05-26', '2026-05-25') RETURNING id`,
      [theCase.childId, theCase.requestId],
    );
    ids.reviewId = review!.id;
    const [transfer] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, deadline) VALUES ($1, $2, 'infant_to_junior', 2027, '2027-02-15') RETURNING id`,
      [theCase.childId, theCase.requestId],
    );
    ids.transferId = transfer!.id;
    const [family] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, agency_id, roles) VALUES ('alex.taylor@family.example', 'Alex Taylor', $1, '{family}') RETURNING id`,
      [team],
    );
    const [link] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'dad', $3) RETURNING id`,
      [family!.id, theCase.childId, flo.id],
    );
    ids.familyMemberId = link!.id;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('covers every write to a case, advice, review or transfer', () => {
    const caseWrites = AUTHORIZATION_MATRIX.filter(
      (row) =>
        row.method !== 'GET' &&
        /^\/api\/(cases\/:|requests\/|annual-reviews\/|phase-transfers\/|health-gateway\/advice)/.test(
          row.path,
        ),
    );
    expect(caseWrites.filter((row) => !row.owner).map((row) => `${row.method} ${row.path}`)).toEqual([]);
  });

  const rows = AUTHORIZATION_MATRIX.filter((row) => row.owner);
  const walk = rows.flatMap((row) =>
    ROLES.filter((role) => allows(row.access, [role])).map((role) => ({ row, role })),
  );

  it.each(walk)('$row.method $row.path as a $role who does not own the case', async ({ row, role }) => {
    if (allows(row.owner!.anyCase, [role])) {
      // A SEND manager, an administrator (or the DCO, for advice) writes to any case: an empty body gets past
      // the ownership check and is refused by the validation instead (or, for a chase, recorded).
      const response = await call(row, stranger.get(role)!, {});
      expect([401, 403], JSON.stringify(response.body)).not.toContain(response.status);
      expect(response.status).toBeLessThan(500);
      return;
    }
    const before = await counts();
    const response = await call(row, stranger.get(role)!, BODIES[row.path] ?? {});
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^This is not your case/),
    });
    expect(await counts()).toEqual(before);
  });

  const owners = walk.filter(({ row, role }) => !allows(row.owner!.anyCase, [role]) && owner.has(role));
  it.each(owners)('$row.method $row.path as the $role who owns the case', async ({ row, role }) => {
    // The owner gets past the ownership check: an empty body is refused by the validation, not as forbidden.
    const response = await call(row, owner.get(role)!, {});
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
    expect([401, 403]).not.toContain(response.status);
    expect(response.status).toBeLessThan(500);
  });

  it('lets the Family Link Officer record an exception on their own case, and no other officer', async () => {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    const { requestId } = await aCase(dataSource, { flo: flo.id, receivedOn: yesterday });
    const exception = (cookie: string) =>
      request(test.app.getHttpServer())
        .post(`/api/requests/${requestId}/exceptions`)
        .set('Cookie', cookie)
        .send({ regulation: '10(4)', kind: 'exceptional_circumstances', startsOn: today });
    const refused = await exception(stranger.get('presenter')!).expect(403);
    expect(refused.body.message).toBe(
      'This is not your case: only the child’s Family Link Officer, a service administrator or a panel chair may do this.',
    );
    const theirs = await exception(await signIn(test, flo)).expect(201);
    expect(theirs.body.requests[0].exceptions).toEqual([
      expect.objectContaining({ regulation: '10(4)', kind: 'exceptional_circumstances' }),
    ]);
  });
});
