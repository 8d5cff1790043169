import type {
  DashboardDecisions,
  DashboardQuality,
  DecisionCounts,
  FigureCaseList,
  FigureQuery,
  TimelinessReport,
} from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * March 2026 on the service dashboard, from hand-made records; its 12 months run from April 2025 to March 2026.
 * Every case is given a name and date of birth, and no answer may carry them.
 */
describe('the service dashboard: decisions, quality and the cases behind every figure', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let cookie: string;
  const refs: Record<string, string> = {};
  const http = () => request(test.app.getHttpServer());
  const get = async <T>(path: string): Promise<T> =>
    (await http().get(path).set('Cookie', cookie).expect(200)).body as T;
  const casesOf = (figure: FigureQuery) =>
    get<FigureCaseList>(
      `/api/dashboard/cases?${new URLSearchParams(Object.entries(figure) as [string, string][]).toString()}`,
    );
  const referencesOf = async (figure: FigureQuery) =>
    (await casesOf(figure)).cases.map((c) => c.caseReference);

  const anAgencyNamed = async (code: string, name: string, kind: string): Promise<string> =>
    (
      await dataSource.query(`INSERT INTO agencies (code, name, kind) VALUES ($1, $2, $3) RETURNING id`, [
        code,
        name,
        kind,
      ])
    )[0].id;

  /** A case, remembered by `name` (the test's own, not the child's). */
  const aNamedCase = async (name: string, options: Parameters<typeof aCase>[1] = {}) => {
    const c = await aCase(dataSource, { givenName: 'Tamsin', familyName: 'Orchardleigh', ...options });
    refs[name] = c.reference;
    return c;
  };

  const decide = async (name: string, locality: string, stage: string, on: string) => {
    const c = await aNamedCase(name, { locality, receivedOn: '2024-09-02' });
    await dataSource.query(
      `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, $2, $3)`,
      [c.requestId, stage, on],
    );
  };

  /** A Quality and Compliance Group sitting at `startsAt` (UTC) whose items were all moderated with the grades given. */
  const aModeration = async (
    startsAt: string,
    items: { requestId: string; adviceRequestId?: string; grade: string }[],
  ) => {
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('quality', 'Quality group', $1, $1::timestamptz + interval '2 hours') RETURNING id`,
      [startsAt],
    );
    for (const [index, item] of items.entries()) {
      await dataSource.query(
        `INSERT INTO agenda_items (meeting_id, position, kind, request_id, advice_request_id, status, outcome, outcome_reasons) VALUES ($1, $2, $3, $4, $5, 'decided', $6, 'Moderated by the group')`,
        [
          meeting.id,
          index + 1,
          item.adviceRequestId ? 'advice_audit' : 'dip_sample',
          item.requestId,
          item.adviceRequestId ?? null,
          item.grade,
        ],
      );
    }
  };

  const aPlanGraded = async (name: string, locality = 'northdale') => {
    const c = await aNamedCase(name, { locality, receivedOn: '2024-06-03' });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = '2024-10-14' WHERE id = $1`,
      [c.requestId],
    );
    return c.requestId;
  };

  const anAdvice = async (
    name: string,
    agencyId: string,
    kind: string,
    requestedOn: string,
    returnedOn: string | null,
  ) => {
    const c = await aNamedCase(name, { receivedOn: '2024-01-08' });
    const [advice] = await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [c.requestId, agencyId, kind, requestedOn, returnedOn, returnedOn ? 'returned' : 'with_team'],
    );
    return { requestId: c.requestId, adviceRequestId: advice.id as string };
  };

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    cookie = await signIn(test, await aUser(dataSource, { roles: ['panel_member'] }));

    // Requests: three received in March 2026 (one agreed for assessment on the 16th, one refused on the 31st); one on 1 April.
    const assessed = await aNamedCase('receivedFirst', { receivedOn: '2026-03-02' });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'assessment', decision_to_assess_on = '2026-03-16' WHERE id = $1`,
      [assessed.requestId],
    );
    const refused = await aNamedCase('receivedRefused', { receivedOn: '2026-03-16' });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'refused', decision_to_assess_on = '2026-03-31' WHERE id = $1`,
      [refused.requestId],
    );
    await aNamedCase('receivedLast', { receivedOn: '2026-03-31' });
    await aNamedCase('april', { receivedOn: '2026-04-01' });

    // Decisions in March 2026: Northdale 3 agreed and 1 refused, Southmere 1 refused, and one decision to issue;
    // one refusal in May 2025 (in the 12 months only) and one agreement in March 2025 (in neither).
    for (const name of ['agreedOne', 'agreedTwo', 'agreedThree'])
      await decide(name, 'northdale', 'assessment', '2026-03-04');
    await decide('refusedNorth', 'northdale', 'refused', '2026-03-11');
    await decide('refusedSouth', 'southmere', 'refused', '2026-03-31');
    await decide('toIssue', 'northdale', 'decision_to_issue', '2026-03-18');
    await decide('refusedMay', 'eastbrook', 'refused', '2025-05-14');
    await decide('yearBefore', 'northdale', 'assessment', '2025-03-31');

    // Plans moderated: four on 11 March 2026 (Outstanding, Good, Good, Requires improvement: 3 of 4 meet the standard),
    // two on 16 June 2025 (Good, Inadequate), and one at 00:30 on 1 April 2026 in England (23:30 UTC on 31 March),
    // which is April's.
    await aModeration('2026-03-11T10:00:00Z', [
      { requestId: await aPlanGraded('outstanding'), grade: 'outstanding' },
      { requestId: await aPlanGraded('goodOne', 'southmere'), grade: 'good' },
      { requestId: await aPlanGraded('goodTwo'), grade: 'good' },
      { requestId: await aPlanGraded('improve'), grade: 'requires_improvement' },
    ]);
    await aModeration('2025-06-16T09:00:00Z', [
      { requestId: await aPlanGraded('juneGood'), grade: 'good' },
      { requestId: await aPlanGraded('juneInadequate'), grade: 'inadequate' },
    ]);
    await aModeration('2026-03-31T23:30:00Z', [
      { requestId: await aPlanGraded('aprilInEngland'), grade: 'good' },
    ]);
    // And one of seniors' between-meeting samples (tier 2), moderated Good on 9 September 2025.
    const senior = await aUser(dataSource, { roles: ['qa_reviewer'] });
    const [sample] = await dataSource.query(
      `INSERT INTO dip_samples (tier, seed, size, by_locality, drawn_by) VALUES ('senior', 7, 1, '{}', $1) RETURNING id`,
      [senior.id],
    );
    const seniors = await aPlanGraded('seniorsGood', 'eastbrook');
    await dataSource.query(`INSERT INTO dip_sample_plans (sample_id, request_id) VALUES ($1, $2)`, [
      sample.id,
      seniors,
    ]);
    await dataSource.query(
      `INSERT INTO dip_sample_moderations (sample_id, request_id, grade, feedback, moderated_by, moderated_at) VALUES ($1, $2, 'good', 'Clear outcomes', $3, '2025-09-09T11:00:00Z')`,
      [sample.id, seniors, senior.id],
    );

    // Advices audited: speech and language therapy, two in March 2026 (Good, Requires improvement);
    // educational psychology, one in June 2025 (Outstanding).
    const salt = await anAgencyNamed('salt-figures', 'Speech and language therapy', 'health');
    const ep = await anAgencyNamed('ep-figures', 'Educational psychology', 'ep_service');
    await aModeration('2026-03-25T14:00:00Z', [
      { ...(await anAdvice('saltGood', salt, 'health', '2024-01-15', '2024-02-20')), grade: 'good' },
      {
        ...(await anAdvice('saltImprove', salt, 'health', '2024-01-15', '2024-02-21')),
        grade: 'requires_improvement',
      },
    ]);
    await aModeration('2025-06-16T13:00:00Z', [
      {
        ...(await anAdvice('epOutstanding', ep, 'educational_psychology', '2024-01-15', '2024-02-01')),
        grade: 'outstanding',
      },
    ]);

    // Advice in time: three EP advices asked for on 26 January 2026, due 9 March: one back on the day, one a day
    // late, one still out.
    await anAdvice('epOnTime', ep, 'educational_psychology', '2026-01-26', '2026-03-09');
    await anAdvice('epLate', ep, 'educational_psychology', '2026-01-26', '2026-03-10');
    await anAdvice('epOut', ep, 'educational_psychology', '2026-01-26', null);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('counts plans meeting the standard in the month and the 12 months, by the day in England the group sat', async () => {
    const quality = await get<DashboardQuality>('/api/dashboard/quality?month=2026-03');
    expect(quality.plans.inMonth).toMatchObject({ moderated: 4, meeting: 3, percent: 75 });
    // 12 months: March's 4, June's 2 and the seniors' one in September; 5 of 7 meet the standard.
    expect(quality.plans.rolling).toMatchObject({ moderated: 7, meeting: 5, percent: 71.4 });
    expect(quality.plans.byMonth.find((m) => m.key === '2025-09')).toEqual({
      key: '2025-09',
      moderated: 1,
      meeting: 1,
      percent: 100,
    });
    expect(quality.plans.byMonth.map((m) => m.key)).toEqual(
      [...Array(9)]
        .map((_, i) => `2025-${String(i + 4).padStart(2, '0')}`)
        .concat(['2026-01', '2026-02', '2026-03']),
    );
    expect(quality.plans.byMonth.find((m) => m.key === '2025-06')).toEqual({
      key: '2025-06',
      moderated: 2,
      meeting: 1,
      percent: 50,
    });
    expect(quality.plans.byMonth.find((m) => m.key === '2025-07')).toEqual({
      key: '2025-07',
      moderated: 0,
      meeting: 0,
      percent: null,
    });
    const april = await get<DashboardQuality>('/api/dashboard/quality?month=2026-04');
    expect(april.plans.inMonth).toMatchObject({ moderated: 1, meeting: 1, percent: 100 });
  });

  it('counts advices meeting the standard by agency, with agencies that had none moderated in the month', async () => {
    const { advicesByAgency } = await get<DashboardQuality>('/api/dashboard/quality?month=2026-03');
    expect(advicesByAgency).toEqual([
      {
        agency: 'Educational psychology',
        inMonth: { key: '2026-03', moderated: 0, meeting: 0, percent: null },
        rolling: { key: '2025-04 to 2026-03', moderated: 1, meeting: 1, percent: 100 },
      },
      {
        agency: 'Speech and language therapy',
        inMonth: { key: '2026-03', moderated: 2, meeting: 1, percent: 50 },
        rolling: { key: '2025-04 to 2026-03', moderated: 2, meeting: 1, percent: 50 },
      },
    ]);
  });

  it('gives the decisions of the month and of the 12 months, with the refusal rate and by locality', async () => {
    const decisions = await get<DashboardDecisions>('/api/dashboard/decisions?month=2026-03');
    // March: 3 agreed, 2 refused: 2 of 5 decisions whether to assess refused, 40.0%.
    expect(decisions.inMonth.total).toEqual({
      agreedToAssess: 3,
      refusedToAssess: 2,
      agreedToIssue: 1,
      notIssued: 0,
      refusalRate: 40,
    });
    // 12 months: May 2025's refusal too: 3 of 6, 50.0%; March 2025's agreement is a month too early.
    expect(decisions.rolling.total).toEqual({
      agreedToAssess: 3,
      refusedToAssess: 3,
      agreedToIssue: 1,
      notIssued: 0,
      refusalRate: 50,
    });
    const rate = (rows: DashboardDecisions['inMonth']['byLocality']) =>
      Object.fromEntries(rows.map((row) => [row.key, row.refusalRate]));
    expect(rate(decisions.inMonth.byLocality)).toEqual({ Northdale: 25, Southmere: 100 });
    expect(rate(decisions.rolling.byLocality)).toEqual({ Eastbrook: 100, Northdale: 25, Southmere: 100 });
    expect(decisions.rolling.byMonth.map((row) => [row.key, row.refusedToAssess])).toEqual([
      ['2025-05', 1],
      ['2026-03', 2],
    ]);
    expect(decisions.months).toHaveLength(12);
  });

  it('lists exactly the cases behind a figure, by reference and dates, never a name', async () => {
    expect(await referencesOf({ measure: 'received', month: '2026-03' })).toEqual([
      refs.receivedFirst,
      refs.receivedRefused,
      refs.receivedLast,
    ]);
    expect(await referencesOf({ measure: 'refused', month: '2026-03' })).toEqual([refs.receivedRefused]);
    expect(await referencesOf({ measure: 'open', stage: 'assessment' })).toEqual([refs.receivedFirst]);
    expect(
      await referencesOf({ measure: 'decisions', month: '2026-03', outcome: 'refused_to_assess' }),
    ).toEqual([refs.refusedNorth, refs.refusedSouth]);
    expect(
      await referencesOf({
        measure: 'decisions',
        month: '2026-03',
        span: 'rolling',
        outcome: 'refused_to_assess',
        by: 'locality',
        key: 'Eastbrook',
      }),
    ).toEqual([refs.refusedMay]);
    expect((await referencesOf({ measure: 'plans_meeting_standard', month: '2026-03' })).sort()).toEqual(
      [refs.outstanding, refs.goodOne, refs.goodTwo].sort(),
    );
    expect(
      (await casesOf({ measure: 'plans_meeting_standard', month: '2026-03', span: 'rolling' })).cases.map(
        (c) => [c.caseReference, c.countedOn],
      ),
    ).toContainEqual([refs.seniorsGood, '2025-09-09']);
    expect(
      await referencesOf({
        measure: 'advices_meeting_standard',
        month: '2026-03',
        agency: 'Speech and language therapy',
      }),
    ).toEqual([refs.saltGood]);
    const advices = await casesOf({
      measure: 'advices_due',
      month: '2026-03',
      span: 'rolling',
      agency: 'Educational psychology',
      adviceKind: 'educational_psychology',
    });
    expect(advices).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
    expect(advices.cases.map((c) => `due ${c.countedOn}, back ${c.returnedOn ?? 'never'}`).sort()).toEqual([
      'due 2026-03-09, back 2026-03-09',
      'due 2026-03-09, back 2026-03-10',
      'due 2026-03-09, back never',
    ]);
    const onTime = await casesOf({
      measure: 'advices_on_time',
      month: '2026-03',
      span: 'rolling',
      agency: 'Educational psychology',
      adviceKind: 'educational_psychology',
    });
    expect(onTime.cases).toEqual([
      expect.objectContaining({
        caseReference: refs.epOnTime,
        receivedOn: '2024-01-08',
        countedOn: '2026-03-09',
        agency: 'Educational psychology',
      }),
    ]);
    const plans = await casesOf({ measure: 'plans_moderated', month: '2026-03' });
    expect(JSON.stringify(plans)).not.toMatch(/Tamsin|Orchardleigh|2016-05-04/);
    expect(plans.cases.find((c) => c.caseReference === refs.improve)).toEqual({
      childId: expect.any(String),
      caseReference: refs.improve,
      receivedOn: '2024-06-03',
      countedOn: '2026-03-11',
      grade: 'requires_improvement',
    });
  });

  it('lists as many cases as every figure of the month counts', async () => {
    const timeliness = await get<TimelinessReport>('/api/dashboard/timeliness?month=2026-03');
    const decisions = await get<DashboardDecisions>('/api/dashboard/decisions?month=2026-03');
    const quality = await get<DashboardQuality>('/api/dashboard/quality?month=2026-03');
    const figures: [FigureQuery, number][] = [];
    for (const { month, count } of timeliness.received) figures.push([{ measure: 'received', month }, count]);
    for (const { month, count } of timeliness.refused) figures.push([{ measure: 'refused', month }, count]);
    for (const { stage, count } of timeliness.openByStage) figures.push([{ measure: 'open', stage }, count]);
    figures.push([{ measure: 'open' }, timeliness.openByStage.reduce((sum, row) => sum + row.count, 0)]);
    figures.push([{ measure: 'open_over_twenty_weeks' }, timeliness.openOverTwentyWeeks]);
    for (const row of timeliness.advicesInTime) {
      const advice = {
        month: '2026-03',
        span: 'rolling',
        agency: row.agency,
        adviceKind: row.adviceKind,
      } as const;
      figures.push(
        [{ measure: 'advices_due', ...advice }, row.due],
        [{ measure: 'advices_on_time', ...advice }, row.onTime],
      );
    }
    const OUTCOMES = {
      agreed_to_assess: 'agreedToAssess',
      refused_to_assess: 'refusedToAssess',
      agreed_to_issue: 'agreedToIssue',
      not_issued: 'notIssued',
    } as const;
    const decisionFigures = (counts: DecisionCounts, where: Omit<FigureQuery, 'measure' | 'outcome'>) => {
      for (const [outcome, field] of Object.entries(OUTCOMES))
        figures.push([
          { measure: 'decisions', outcome: outcome as keyof typeof OUTCOMES, ...where },
          counts[field],
        ]);
    };
    for (const [span, report] of [
      ['month', decisions.inMonth],
      ['rolling', decisions.rolling],
    ] as const) {
      decisionFigures(report.total, { month: '2026-03', span });
      for (const [by, rows] of [
        ['locality', report.byLocality],
        ['need', report.byNeed],
        ['setting', report.bySetting],
      ] as const) {
        for (const { key, ...counts } of rows) decisionFigures(counts, { month: '2026-03', span, by, key });
      }
    }
    for (const { key, ...counts } of decisions.rolling.byMonth)
      decisionFigures(counts, { month: key, span: 'month' });
    for (const [span, row] of [
      ['month', quality.plans.inMonth],
      ['rolling', quality.plans.rolling],
    ] as const) {
      figures.push(
        [{ measure: 'plans_moderated', month: '2026-03', span }, row.moderated],
        [{ measure: 'plans_meeting_standard', month: '2026-03', span }, row.meeting],
      );
    }
    for (const row of quality.plans.byMonth)
      figures.push(
        [{ measure: 'plans_moderated', month: row.key }, row.moderated],
        [{ measure: 'plans_meeting_standard', month: row.key }, row.meeting],
      );
    for (const { agency, inMonth, rolling } of quality.advicesByAgency) {
      for (const [span, row] of [
        ['month', inMonth],
        ['rolling', rolling],
      ] as const) {
        figures.push(
          [{ measure: 'advices_moderated', month: '2026-03', span, agency }, row.moderated],
          [{ measure: 'advices_meeting_standard', month: '2026-03', span, agency }, row.meeting],
        );
      }
    }

    const mismatches: string[] = [];
    for (const [figure, count] of figures) {
      const listed = (await casesOf(figure)).cases.length;
      if (listed !== count) mismatches.push(`${JSON.stringify(figure)}: counted ${count}, listed ${listed}`);
    }
    expect(mismatches).toEqual([]);
    // The walk is worth something only if it met real figures: these are the hand-worked ones above, and more.
    expect(figures.length).toBeGreaterThan(100);
    expect(figures.filter(([, count]) => count > 0).length).toBeGreaterThan(40);
  });

  it('refuses a figure that is not one, saying what is wrong, and only the service may read it', async () => {
    const refused = [
      '/api/dashboard/quality?month=2026-13',
      '/api/dashboard/decisions?month=March',
      '/api/dashboard/cases',
      '/api/dashboard/cases?measure=everything&month=2026-03',
      '/api/dashboard/cases?measure=received',
      '/api/dashboard/cases?measure=received&month=2026-3',
      '/api/dashboard/cases?measure=received&month=2026-03&span=year',
      '/api/dashboard/cases?measure=received&month=2026-03&stage=assessment',
      '/api/dashboard/cases?measure=open&stage=final_issued',
      '/api/dashboard/cases?measure=decisions&month=2026-03',
      '/api/dashboard/cases?measure=decisions&month=2026-03&outcome=deferred',
      '/api/dashboard/cases?measure=decisions&month=2026-03&outcome=not_issued&by=school&key=Oakfield',
      '/api/dashboard/cases?measure=decisions&month=2026-03&outcome=not_issued&key=Northdale',
      '/api/dashboard/cases?measure=decisions&month=2026-03&outcome=not_issued&by=locality',
      '/api/dashboard/cases?measure=advices_due&month=2026-03&adviceKind=health',
      '/api/dashboard/cases?measure=advices_due&month=2026-03&agency=EP&adviceKind=dentistry',
      '/api/dashboard/cases?measure=advices_moderated&month=2026-03&agency=EP&adviceKind=health',
      '/api/dashboard/cases?measure=plans_moderated&month=2026-03&agency=EP',
      '/api/dashboard/cases?measure=received&month=2026-03&month=2026-04',
      '/api/dashboard/cases?measure=received&month=2026-03&childName=Tamsin',
    ];
    for (const path of refused) {
      const response = await http().get(path).set('Cookie', cookie);
      expect(response.status, path).toBe(400);
      expect(response.body.message, path).toBeTruthy();
    }
    for (const roles of [['health_team_rep'], ['presenter'], ['observer']] as const) {
      const other = await signIn(test, await aUser(dataSource, { roles: [...roles] }));
      for (const path of [
        '/api/dashboard/quality?month=2026-03',
        '/api/dashboard/decisions?month=2026-03',
        '/api/dashboard/cases?measure=received&month=2026-03',
      ]) {
        await http().get(path).set('Cookie', other).expect(403);
      }
    }
  });
});
