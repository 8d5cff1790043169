import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * The dashboard's disagreement indicators (issue #28), from a hand-worked register for October 2026.
 *
 * Appealable decisions made:
 *   October 2026: 3 refusals to assess, 1 decision not to issue, 4 final plans issued, 1 plan amended for a phase
 *   transfer = 9 (plans issued or amended: 5). September 2026: 1 refusal to assess. 12 months to October: 10.
 *
 * Disagreements, opened through the API on the cases:
 *   A appeal, refusal to assess: notice 20 Aug, registered 5 Oct (46 days), conceded 25 Oct       → against
 *   B appeal, placement (section I): notice 1 Sep, registered 12 Oct (41 days), no outcome yet
 *   C appeal, refusal to issue: notice 1 Jun, registered 15 Jul (44 days), dismissed 20 Oct       → for
 *   D appeal, sections B and F: notice 1 May, registered 10 Jun (40 days), withdrawn 15 Sep        → for
 *   E mediation, sections B and F: notice 20 Sep, adviser contacted 1 Oct
 *   F complaint naming no decision: received 3 Oct
 *   G complaint naming no decision: received 5 Sep
 *
 * October: complaints 1 (F), mediations 1 (E), appeals 2 (A, B): 2 / 9 × 1,000 = 222.2 per 1,000.
 *   Decided in October: A and C; against the council 1 (A) = 50.0%. Days to register 41, 46: median 43.5, longest 46.
 * 12 months to October: complaints 2, mediations 1, appeals 4 (A, B, C, D): 4 / 10 × 1,000 = 400.0.
 *   Decided: A, C, D; against 1 = 33.3%. Days to register 40, 41, 44, 46: median 42.5, longest 46.
 * By decision type, October: refusal to assess 1 appeal / 3 = 333.3; plan issued or amended 1 appeal (B) and
 *   1 mediation / 5 = 200.0; refusal to issue 0 appeals / 1 = 0.0, 1 decided (C); no decision named: 1 complaint.
 */
describe('the dashboard’s disagreement indicators: complaints, mediations and appeals, with the cases behind them', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: string;
  const refs: Record<string, string> = {};

  const http = () => request(test.app.getHttpServer());
  const get = (path: string, cookie = chair) => http().get(path).set('Cookie', cookie);

  async function aDecisionMade(set: string, day: string, params: unknown[] = []) {
    const c = await aCase(dataSource);
    await dataSource.query(`UPDATE ehc_requests SET ${set} WHERE id = $1`, [c.requestId, day, ...params]);
    return c;
  }

  async function aDisagreement(
    name: string,
    body: object,
    outcome?: { outcome: string; outcomeOn: string },
  ): Promise<void> {
    const c = await aCase(dataSource, { reference: `EHC-DIS-${name}`, givenName: 'Tabitha' });
    refs[name] = c.reference;
    const opened = await http()
      .post(`/api/cases/${c.childId}/disagreements`)
      .set('Cookie', chair)
      .send({ summary: 'The family disagrees', ...body })
      .expect(201);
    if (outcome)
      await http()
        .post(`/api/cases/${c.childId}/disagreements/${opened.body.id}/steps`)
        .set('Cookie', chair)
        .send(outcome)
        .expect(200);
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    chair = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));

    for (const day of ['2026-10-02', '2026-10-09', '2026-10-16', '2026-09-10'])
      await aDecisionMade(`stage = 'refused', decision_to_assess_on = $2, closed_on = $2`, day);
    await aDecisionMade(
      `stage = 'not_issued', decision_to_assess_on = '2026-06-01', decision_to_issue_on = $2, closed_on = $2`,
      '2026-10-10',
    );
    for (const day of ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'])
      await aDecisionMade(
        `stage = 'final_issued', decision_to_assess_on = '2026-05-01', decision_to_issue_on = '2026-07-01',
         draft_issued_on = '2026-08-01', final_issued_on = $2`,
        day,
      );
    const transfer = await aDecisionMade(`stage = 'final_issued', final_issued_on = $2`, '2025-01-10');
    await dataSource.query(
      `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, deadline, amended_plan_issued_on, setting_name)
       VALUES ($1, $2, 'primary_to_secondary', 2027, '2027-02-15', '2026-10-20', 'Northdale Academy')`,
      [transfer.childId, transfer.requestId],
    );

    const appeal = (appealableDecision: string, decisionNotifiedOn: string, openedOn: string) => ({
      kind: 'appeal',
      appealableDecision,
      decisionNotifiedOn,
      openedOn,
    });
    await aDisagreement('A', appeal('refusal_to_assess', '2026-08-20', '2026-10-05'), {
      outcome: 'conceded',
      outcomeOn: '2026-10-25',
    });
    await aDisagreement('B', appeal('named_placement', '2026-09-01', '2026-10-12'));
    await aDisagreement('C', appeal('refusal_to_issue', '2026-06-01', '2026-07-15'), {
      outcome: 'dismissed',
      outcomeOn: '2026-10-20',
    });
    await aDisagreement('D', appeal('plan_needs_and_provision', '2026-05-01', '2026-06-10'), {
      outcome: 'withdrawn',
      outcomeOn: '2026-09-15',
    });
    await aDisagreement('E', {
      kind: 'mediation',
      appealableDecision: 'plan_needs_and_provision',
      decisionNotifiedOn: '2026-09-20',
      openedOn: '2026-10-01',
    });
    await aDisagreement('F', { kind: 'complaint', decisionNotifiedOn: '2026-10-01', openedOn: '2026-10-03' });
    await aDisagreement('G', { kind: 'complaint', decisionNotifiedOn: '2026-09-02', openedOn: '2026-09-05' });
  }, 60_000);
  afterAll(async () => {
    await test?.close();
  });

  it('counts October’s complaints, mediations and appeals, the appeal rate, the outcomes and the time to register', async () => {
    const { body } = await get('/api/dashboard/disagreements?month=2026-10').expect(200);
    expect(body.months).toHaveLength(12);
    expect(body.months[0]).toBe('2025-11');
    const october = body.byMonth.at(-1);
    expect(october).toMatchObject({
      month: '2026-10',
      complaints: 1,
      mediations: 1,
      appeals: 2,
      appealableDecisions: 9,
      appealsPerThousand: 222.2,
      appealsDecided: 2,
      againstTheCouncil: 1,
      percentAgainstTheCouncil: 50,
      medianDaysToRegister: 43.5,
      longestDaysToRegister: 46,
    });
    expect(october.rolling).toEqual({
      complaints: 2,
      mediations: 1,
      appeals: 4,
      appealableDecisions: 10,
      appealsPerThousand: 400,
      appealsDecided: 3,
      againstTheCouncil: 1,
      percentAgainstTheCouncil: 33.3,
      medianDaysToRegister: 42.5,
      longestDaysToRegister: 46,
    });
    expect(body.byMonth.find((m: { month: string }) => m.month === '2026-09')).toMatchObject({
      complaints: 1,
      appeals: 0,
      appealableDecisions: 1,
      appealsPerThousand: 0,
      appealsDecided: 1,
      againstTheCouncil: 0,
      percentAgainstTheCouncil: 0,
      medianDaysToRegister: null,
    });
  });

  it('breaks October down by the decision challenged, appeals on the plan and the placement against plans issued or amended', async () => {
    const { body } = await get('/api/dashboard/disagreements?month=2026-10').expect(200);
    const type = (t: string) =>
      body.byDecisionType.find((row: { decisionType: string }) => row.decisionType === t).inMonth;
    expect(type('refusal_to_assess')).toMatchObject({
      appeals: 1,
      appealableDecisions: 3,
      appealsPerThousand: 333.3,
    });
    expect(type('plan_issued_or_amended')).toMatchObject({
      appeals: 1,
      mediations: 1,
      appealableDecisions: 5,
      appealsPerThousand: 200,
    });
    expect(type('refusal_to_issue')).toMatchObject({
      appeals: 0,
      appealableDecisions: 1,
      appealsPerThousand: 0,
      appealsDecided: 1,
      againstTheCouncil: 0,
    });
    expect(type('not_named')).toMatchObject({
      complaints: 1,
      appealableDecisions: null,
      appealsPerThousand: null,
    });
  });

  it('lists the disagreements behind a figure by case reference and dates, never the child’s name', async () => {
    const against = await get(
      '/api/dashboard/disagreements/cases?month=2026-10&measure=against_the_council',
    ).expect(200);
    expect(against.body).toEqual([
      expect.objectContaining({
        caseReference: refs.A,
        kind: 'appeal',
        appealableDecision: 'refusal_to_assess',
        decisionType: 'refusal_to_assess',
        decisionNotifiedOn: '2026-08-20',
        openedOn: '2026-10-05',
        daysToRegister: 46,
        outcome: 'conceded',
        outcomeOn: '2026-10-25',
        againstTheCouncil: true,
      }),
    ]);
    expect(JSON.stringify(against.body)).not.toContain('Tabitha');

    const planAppeals = await get(
      '/api/dashboard/disagreements/cases?month=2026-10&span=rolling&measure=appeals&decisionType=plan_issued_or_amended',
    ).expect(200);
    expect(planAppeals.body.map((c: { caseReference: string }) => c.caseReference)).toEqual([refs.D, refs.B]);

    const longest = await get(
      '/api/dashboard/disagreements/cases?month=2026-10&measure=longest_to_register',
    ).expect(200);
    expect(longest.body.map((c: { caseReference: string }) => c.caseReference)).toEqual([refs.A]);

    const complaints = await get(
      '/api/dashboard/disagreements/cases?month=2026-10&measure=complaints',
    ).expect(200);
    expect(complaints.body).toEqual([
      expect.objectContaining({ caseReference: refs.F, decisionType: 'not_named', daysToRegister: null }),
    ]);
  });

  it('refuses a month or figure it does not know with a 400, and the figures to a Family Link Officer', async () => {
    const bad = await get('/api/dashboard/disagreements?month=2026-13').expect(400);
    expect(JSON.stringify(bad.body)).toContain('month must be a month like 2026-10');
    await get('/api/dashboard/disagreements/cases?month=2026-10&measure=soon').expect(400);
    await get('/api/dashboard/disagreements/cases?month=2026-10&measure=appeals&decisionType=other').expect(
      400,
    );
    await get('/api/dashboard/disagreements/cases?measure=appeals').expect(400);
    const flo = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    await get('/api/dashboard/disagreements?month=2026-10', flo).expect(403);
    await get('/api/dashboard/disagreements/cases?month=2026-10&measure=appeals', flo).expect(403);
  });
});
