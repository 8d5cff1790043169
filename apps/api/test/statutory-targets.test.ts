import { schoolYearOf } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * The dashboard's two target figures from seed 001, read from the records: decisions whether to assess within 6
 * weeks (reg 5(1), with and without reg 5(4) exceptions, target above 90%), and phase transfers amended by the
 * deadline by year group (reg 18). Requests received on Monday 5 January 2026 have their decision due on Monday
 * 16 February 2026.
 */
describe('the dashboard’s decisions in 6 weeks and phase transfers by year group', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: string;
  const refs: Record<string, string> = {};

  const get = (path: string, cookie = chair) =>
    request(test.app.getHttpServer()).get(path).set('Cookie', cookie);

  /** A request decided on `decidedOn` (agreed, or refused), with a reg 5(4) exception starting on `exceptionFrom`. */
  async function aDecision(name: string, decidedOn: string, refused = false, exceptionFrom?: string) {
    const c = await aCase(dataSource, { receivedOn: '2026-01-05', reference: `EHC-DTA-${name}` });
    refs[name] = c.childId;
    const stage = refused ? 'refused' : 'assessment';
    await dataSource.query(
      `UPDATE ehc_requests SET stage = $2, decision_to_assess_on = $3, closed_on = $4 WHERE id = $1`,
      [c.requestId, stage, decidedOn, refused ? decidedOn : null],
    );
    await dataSource.query(
      `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, $2, $3)`,
      [c.requestId, stage, decidedOn],
    );
    if (exceptionFrom)
      await dataSource.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on) VALUES ($1, '5(4)', 'exceptional_circumstances', $2)`,
        [c.requestId, exceptionFrom],
      );
  }

  /** A phase transfer of 2026 for a child in year `yearGroupOnDeadline` on its deadline. */
  async function aTransfer(
    kind: 'primary_to_secondary' | 'secondary_to_post16',
    yearGroupOnDeadline: number,
    deadline: string,
    amendedOn: string | null,
  ) {
    const c = await aCase(dataSource);
    // The year group recorded today: one more for each school year since the deadline's.
    const yearGroupToday = yearGroupOnDeadline + schoolYearOf(todayInEngland()) - schoolYearOf(deadline);
    await dataSource.query(`UPDATE children SET year_group = $2 WHERE id = $1`, [c.childId, yearGroupToday]);
    await dataSource.query(
      `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, deadline, amended_plan_issued_on, setting_name)
       VALUES ($1, $2, $3, 2026, $4, $5, $6)`,
      [c.childId, c.requestId, kind, deadline, amendedOn, amendedOn ? 'Northdale Academy' : null],
    );
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    chair = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    await aDecision('ON-DAY', '2026-02-16');
    await aDecision('REFUSED-ON-DAY', '2026-02-16', true);
    await aDecision('DAY-AFTER', '2026-02-17');
    // reg 5(4)(b): circumstances from 10 February excuse the late decision; ones from 17 February, after it was due, do not.
    await aDecision('EXCUSED', '2026-02-20', false, '2026-02-10');
    await aDecision('NOT-EXCUSED', '2026-02-20', false, '2026-02-17');
    await aTransfer('primary_to_secondary', 6, '2026-02-15', '2026-02-15');
    await aTransfer('primary_to_secondary', 6, '2026-02-15', '2026-02-16');
    await aTransfer('primary_to_secondary', 6, '2026-02-15', null);
    await aTransfer('secondary_to_post16', 11, '2026-03-31', '2026-03-31');
  }, 60_000);
  afterAll(async () => {
    await test?.close();
  });

  it('counts decisions in 6 weeks by the month they were made, the last day of week 6 in time, with and without exceptions', async () => {
    const { body } = await get('/api/dashboard/decisions-to-assess?month=2026-02&months=2').expect(200);
    expect(body.months).toEqual(['2026-01', '2026-02']);
    expect(body.targetPercent).toBe(90);
    expect(body.withExceptions[1]).toMatchObject({
      month: '2026-02',
      decided: 5,
      inSixWeeks: 2,
      percent: 40,
      meetsTarget: false,
    });
    // The accepted reg 5(4) exception takes its request out; the one the clock refuses does not.
    expect(body.withoutExceptions[1]).toMatchObject({ decided: 4, inSixWeeks: 2, percent: 50 });
    expect(body.withoutExceptions[1].rolling).toMatchObject({ decided: 4, inSixWeeks: 2, percent: 50 });
    expect(body.withExceptions[0]).toMatchObject({ decided: 0, percent: null, meetsTarget: null });
  });

  it('lists the decisions behind a figure, each marked as the case page marks its decision', async () => {
    const { body: late } = await get(
      '/api/dashboard/decisions-to-assess/cases?month=2026-02&measure=late&exceptions=exclude',
    ).expect(200);
    expect(late.map((c: { caseReference: string }) => c.caseReference)).toEqual([
      'EHC-DTA-DAY-AFTER',
      'EHC-DTA-NOT-EXCUSED',
    ]);
    expect(late[0]).toMatchObject({
      receivedOn: '2026-01-05',
      dueOn: '2026-02-16',
      decidedOn: '2026-02-17',
      inSixWeeks: false,
    });
    const { body: all } = await get('/api/dashboard/decisions-to-assess/cases?month=2026-02').expect(200);
    expect(all).toHaveLength(5);
    expect(all.find((c: { outcome: string }) => c.outcome === 'refused')).toMatchObject({ inSixWeeks: true });
    for (const listed of all as { childId: string; exceptionCase: boolean }[]) {
      const { body: page } = await get(`/api/cases/${listed.childId}`).expect(200);
      const decision = page.requests[0].statutoryClock.milestones.find(
        (m: { milestone: string }) => m.milestone === 'decision_to_assess',
      );
      expect(decision.exceptionCase).toBe(listed.exceptionCase);
    }
  });

  it('counts phase transfers by the year group on the deadline: 15 February in time, 16 February late', async () => {
    const { body } = await get('/api/dashboard/phase-transfers/year-groups?year=2026').expect(200);
    expect(body).toEqual({
      transferYear: 2026,
      yearGroups: [
        { yearGroup: 6, due: 3, byDeadline: 1, late: 1, outstanding: 1, overdue: 1, percentByDeadline: 33.3 },
        { yearGroup: 11, due: 1, byDeadline: 1, late: 0, outstanding: 0, overdue: 0, percentByDeadline: 100 },
      ],
    });
    const { body: late } = await get(
      '/api/dashboard/phase-transfers/year-groups/cases?year=2026&yearGroup=6&measure=late',
    ).expect(200);
    expect(late).toEqual([
      expect.objectContaining({
        yearGroup: 6,
        deadline: '2026-02-15',
        amendedPlanIssuedOn: '2026-02-16',
        standing: 'late',
      }),
    ]);
  });

  it('refuses a bad month, year group or measure with a 400, and the figures to a health team representative', async () => {
    await get('/api/dashboard/decisions-to-assess?month=2026-13').expect(400);
    await get('/api/dashboard/decisions-to-assess/cases?month=2026-02&measure=soon').expect(400);
    await get('/api/dashboard/phase-transfers/year-groups/cases?year=2026&yearGroup=15').expect(400);
    await get('/api/dashboard/phase-transfers/year-groups/cases?year=2026').expect(400);
    const rep = await signIn(test, await aUser(dataSource, { roles: ['health_team_rep'] }));
    await get('/api/dashboard/decisions-to-assess', rep).expect(403);
    await get('/api/dashboard/phase-transfers/year-groups', rep).expect(403);
  });
});
