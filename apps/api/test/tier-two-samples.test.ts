import type { DipSampleView, QualityCriterionView, SamplePlanReview } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION_MATRIX } from '../src/identity/authorization-matrix.js';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * Seniors' (tier 2) dip samples, scored between meetings with the room's mechanics. The framework as seeded, in
 * order, with its weights (25 in all): statutory sections 3, B matched by F 3, F quantified 3, SMART outcomes 3,
 * preparing for adulthood 1, the child's voice 2, the family's views 2, co-produced 2, health advice 2, social care
 * advice 2, plain language 1, the Code of Practice 1. Good needs 70% (17.5), Outstanding 90% (22.5).
 */
describe('seniors’ dip samples between meetings (tier 2)', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  /** The Head of SEND: draws the sample, reveals and moderates; scores nothing. */
  let owner: TestUser;
  let ash: TestUser;
  let bo: TestUser;
  let member: TestUser;
  let parent: TestUser;
  let framework: QualityCriterionView[];
  let sample: DipSampleView;
  /** The plans drawn: northdale's, then southmere's. */
  let north: { requestId: string; childId: string };
  let south: { requestId: string; childId: string };
  const cookies = new Map<string, string>();
  const http = () => request(test.app.getHttpServer());
  const as = (user: TestUser) => cookies.get(user.id)!;
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  const period = `from=${today.slice(0, 8)}01&to=${today}`;
  const ASH_REASON = 'Provision is quantified throughout; the outcomes let it down';

  const aPlan = async (locality: string) => {
    const c = await aCase(dataSource, { locality, receivedOn: '2025-11-03' });
    await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [c.requestId]);
    return c;
  };
  /** The first n criteria of the framework, in its order. */
  const firstCriteria = (n: number) => framework.slice(0, n).map((c) => c.id);
  const planPath = (requestId: string, what: string) =>
    `/api/quality/dip-samples/${sample.id}/plans/${requestId}/${what}`;
  const score = (user: TestUser, requestId: string, body: object) =>
    http().post(planPath(requestId, 'scores')).set('Cookie', as(user)).send(body);
  const reveal = (user: TestUser, requestId: string) =>
    http().post(planPath(requestId, 'reveal')).set('Cookie', as(user)).send();
  const moderate = (user: TestUser, requestId: string, body: object) =>
    http().post(planPath(requestId, 'moderation')).set('Cookie', as(user)).send(body);
  const view = async (user: TestUser) =>
    (await http().get(`/api/quality/dip-samples/${sample.id}`).set('Cookie', as(user)).expect(200))
      .body as DipSampleView;
  const reviewOf = (v: DipSampleView, requestId: string) =>
    v.plans.find((p) => p.requestId === requestId)!.review!;
  /** Everything the scoring can change, to show that a refused request changed nothing. */
  const state = () =>
    dataSource.query(
      `SELECT (SELECT count(*) FROM plan_scores)::int AS scores, (SELECT count(*) FROM dip_sample_moderations)::int AS moderations,
              (SELECT count(*) FROM dip_sample_plans WHERE revealed_at IS NOT NULL)::int AS revealed, (SELECT count(*) FROM audit_records)::int AS audit,
              (SELECT string_agg(id::text, ',' ORDER BY position) FROM quality_criteria) AS criteria`,
    );

  /**
   * Every GET route the API has, with the sample's and the plans' ids for its parameters, with and without a
   * period: the whole text of every answer a user gets, wherever the route may be.
   */
  async function everythingSeenBy(user: TestUser): Promise<{ text: string; answered: string[] }> {
    const ids: Record<string, string> = {
      sampleId: sample.id,
      requestId: north.requestId,
      childId: north.childId,
    };
    let text = '';
    const answered: string[] = [];
    // Single sign-on's redirects carry no records.
    for (const row of AUTHORIZATION_MATRIX.filter(
      (r) => r.method === 'GET' && !r.path.startsWith('/api/auth/oidc'),
    )) {
      for (const requestId of row.path.includes(':requestId')
        ? [north.requestId, south.requestId]
        : [north.requestId]) {
        const path = row.path.replace(/:(\w+)/g, (_, name: string) =>
          name === 'requestId' ? requestId : (ids[name] ?? '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60'),
        );
        for (const query of ['', `?${period}`]) {
          const response = await http().get(`${path}${query}`).set('Cookie', as(user));
          text += response.text;
          if (response.status === 200) answered.push(`${row.path}${query}`);
        }
      }
    }
    return { text, answered };
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    owner = await aUser(dataSource, { roles: ['chair'] });
    ash = await aUser(dataSource, { roles: ['qa_reviewer'] });
    bo = await aUser(dataSource, { roles: ['qa_reviewer'] });
    member = await aUser(dataSource, { roles: ['panel_member'] });
    parent = await aUser(dataSource, { roles: ['parent_reviewer'] });
    for (const user of [admin, owner, ash, bo, member, parent])
      cookies.set(user.id, await signIn(test, user));
    framework = (
      (await http().get('/api/quality/framework').set('Cookie', as(owner)).expect(200))
        .body as QualityCriterionView[]
    ).sort((a, b) => a.position - b.position);
    const n = await aPlan('northdale');
    const s = await aPlan('southmere');
    north = { requestId: n.requestId, childId: n.childId };
    south = { requestId: s.requestId, childId: s.childId };
    sample = (
      await http()
        .post('/api/quality/dip-samples')
        .set('Cookie', as(owner))
        .send({ tier: 'senior', size: 2, theme: 'Preparing for adulthood' })
        .expect(201)
    ).body;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('shows the drawn sample to its owner with every plan still to score', () => {
    expect(framework.map((c) => c.weight)).toEqual([3, 3, 3, 3, 1, 2, 2, 2, 2, 2, 1, 1]);
    expect(sample).toMatchObject({
      tier: 'senior',
      theme: 'Preparing for adulthood',
      drawnBy: { id: owner.id },
    });
    expect(sample.plans.map((p) => p.requestId).sort()).toEqual([north.requestId, south.requestId].sort());
    for (const plan of sample.plans) {
      expect(plan.review).toEqual({
        state: 'to_score',
        scoreCount: 0,
        yourScore: null,
        scores: null,
        disagreement: null,
        moderation: null,
      });
    }
  });

  it('refuses bad scores and scorers with a clear 4xx, changing nothing', async () => {
    const before = await state();
    const refused = [
      [
        await score(ash, north.requestId, { metCriterionIds: ['6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60'] }),
        400,
        'metCriterionIds',
      ],
      [
        await score(ash, north.requestId, { metCriterionIds: [framework[0]!.id, framework[0]!.id] }),
        400,
        'metCriterionIds',
      ],
      // Four criteria: 12 of 25, 48%, Inadequate; another grade needs its reason.
      [
        await score(ash, north.requestId, { metCriterionIds: firstCriteria(4), grade: 'good' }),
        400,
        'overrideReason',
      ],
      [
        await score(ash, north.requestId, {
          metCriterionIds: firstCriteria(4),
          grade: 'good',
          overrideReason: 'ok',
        }),
        400,
        'overrideReason',
      ],
      [
        await score(ash, north.requestId, { metCriterionIds: firstCriteria(4), grade: 'excellent' }),
        400,
        'grade',
      ],
      [
        await score(ash, north.requestId, { metCriterionIds: firstCriteria(4), reviewerId: bo.id }),
        400,
        'reviewerId',
      ],
      [await score(ash, north.requestId, {}), 400, 'metCriterionIds'],
    ] as const;
    for (const [response, status, field] of refused) {
      expect(response.status, response.text).toBe(status);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    // Only seniors score: not a panel member, nor a parent reviewer (their tier scores the same themes elsewhere).
    expect((await score(member, north.requestId, { metCriterionIds: [] })).status).toBe(403);
    expect((await score(parent, north.requestId, { metCriterionIds: [] })).status).toBe(403);
    expect(
      (await http().post(planPath(north.requestId, 'scores')).send({ metCriterionIds: [] })).status,
    ).toBe(401);
    // A plan not in the sample, a sample that does not exist, an id that is no id.
    expect(
      (await score(ash, '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60', { metCriterionIds: [] })).body,
    ).toMatchObject({ statusCode: 404, code: 'not_found' });
    expect(
      (
        await http()
          .post(
            `/api/quality/dip-samples/6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60/plans/${north.requestId}/scores`,
          )
          .set('Cookie', as(ash))
          .send({ metCriterionIds: [] })
      ).status,
    ).toBe(404);
    expect(
      (
        await http()
          .post(`/api/quality/dip-samples/not-a-sample/plans/${north.requestId}/scores`)
          .set('Cookie', as(ash))
          .send({ metCriterionIds: [] })
      ).status,
    ).toBe(400);
    // Nothing to reveal or moderate yet, and only the owner may.
    expect((await reveal(owner, north.requestId)).body).toMatchObject({
      statusCode: 409,
      message: 'Nobody has scored this plan yet: there is nothing to reveal.',
    });
    expect(
      (await moderate(owner, north.requestId, { grade: 'good', feedback: 'Clear outcomes' })).body,
    ).toMatchObject({ statusCode: 409, message: 'Reveal the scores before recording the moderated grade.' });
    expect((await moderate(owner, north.requestId, { grade: 'good', feedback: 'ok' })).status).toBe(400);
    expect(
      (await moderate(owner, north.requestId, { grade: 'fine', feedback: 'Clear outcomes' })).status,
    ).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('keeps each senior’s score from everyone else, the owner included, by every route, until the reveal', async () => {
    // Ash: every criterion on the northern plan (25 of 25: Outstanding); four on the southern (12 of 25, 48%:
    // Inadequate), giving Requires improvement instead, with the reason.
    expect((await score(ash, north.requestId, { metCriterionIds: firstCriteria(12) })).status).toBe(201);
    const ashSouth = await score(ash, south.requestId, {
      metCriterionIds: firstCriteria(4),
      grade: 'requires_improvement',
      overrideReason: ASH_REASON,
    });
    expect(ashSouth.status).toBe(201);
    expect(ashSouth.body).toMatchObject({
      state: 'scored',
      scoreCount: 1,
      scores: null,
      yourScore: { grade: 'requires_improvement', computedGrade: 'inadequate', overrideReason: ASH_REASON },
    });
    // Bo scores the northern plan Outstanding, then thinks again: eight criteria, 19 of 25 (76%), Good. The latest counts.
    expect((await score(bo, north.requestId, { metCriterionIds: firstCriteria(12) })).status).toBe(201);
    const boNorth = await score(bo, north.requestId, { metCriterionIds: firstCriteria(8) });
    expect(boNorth.body).toEqual({
      state: 'scored',
      scoreCount: 2,
      yourScore: {
        grade: 'good',
        computedGrade: 'good',
        metCriterionIds: firstCriteria(8),
        overrideReason: null,
      },
      scores: null,
      disagreement: null,
      moderation: null,
    });
    // Ten criteria on the southern plan: 23 of 25, 92%, Outstanding.
    expect((await score(bo, south.requestId, { metCriterionIds: firstCriteria(10) })).status).toBe(201);

    const forBo = await everythingSeenBy(bo);
    const forAsh = await everythingSeenBy(ash);
    const forOwner = await everythingSeenBy(owner);
    for (const seen of [forBo, forAsh, forOwner]) {
      expect(seen.answered).toEqual(
        expect.arrayContaining([
          '/api/quality/dip-samples/:sampleId',
          '/api/quality/dip-samples',
          `/api/quality/figures?${period}`,
        ]),
      );
    }
    // Only Ash gave these: Requires improvement, Inadequate as computed, and the reason.
    expect(forBo.text).not.toContain(ASH_REASON);
    expect(forBo.text).not.toContain('"requires_improvement"');
    expect(forBo.text).not.toContain('"inadequate"');
    // Only Bo gave Good.
    expect(forAsh.text).not.toContain('"good"');
    // The owner scored nothing: no grade and no ticks reach them at all.
    expect(forOwner.text).not.toContain(ASH_REASON);
    expect(forOwner.text).not.toMatch(/"(grade|computedGrade)":"/);
    expect(forOwner.text).not.toContain('"metCriterionIds":["');

    const boView = await view(bo);
    expect(reviewOf(boView, north.requestId)).toMatchObject({
      state: 'scored',
      scoreCount: 2,
      yourScore: { grade: 'good' },
      scores: null,
      disagreement: null,
    });
    const ownerView = await view(owner);
    expect(reviewOf(ownerView, south.requestId)).toEqual({
      state: 'to_score',
      scoreCount: 2,
      yourScore: null,
      scores: null,
      disagreement: null,
      moderation: null,
    });
    // The audit trail says who scored, never what.
    const audit = await dataSource.query(
      `SELECT action, after FROM audit_records WHERE entity_id = $1 AND action = 'dip_sample.plan_scored' ORDER BY occurred_at, id`,
      [sample.id],
    );
    expect(audit).toHaveLength(5);
    expect(JSON.stringify(audit)).not.toMatch(/outstanding|good|inadequate|requires_improvement|let it down/);
    expect(audit[0].after).toMatchObject({ requestId: north.requestId, reviewerId: ash.id });
  });

  it('reveals every score of a plan at once, at its owner’s word, and flags reviewers two grades apart', async () => {
    expect((await reveal(ash, south.requestId)).body).toMatchObject({
      statusCode: 403,
      message: 'Only the person who drew the sample reveals the scores.',
    });
    const south1 = await reveal(owner, south.requestId);
    expect(south1.status).toBe(200);
    // Outstanding and Requires improvement: two grades apart.
    expect(south1.body).toMatchObject({ state: 'revealed', scoreCount: 2, disagreement: true });
    expect(
      (south1.body as SamplePlanReview).scores!.map((s) => [s.reviewerId, s.grade, s.overrideReason]).sort(),
    ).toEqual(
      [
        [ash.id, 'requires_improvement', ASH_REASON],
        [bo.id, 'outstanding', null],
      ].sort(),
    );
    const north1 = await reveal(owner, north.requestId);
    // Outstanding and Good (Bo's latest): one grade apart, no disagreement.
    expect(north1.body).toMatchObject({ state: 'revealed', disagreement: false });
    expect((north1.body as SamplePlanReview).scores!.find((s) => s.reviewerId === bo.id)).toMatchObject({
      grade: 'good',
      reviewerName: expect.any(String),
    });
    expect((await reveal(owner, north.requestId)).status).toBe(409);

    // Now everyone sees every score; none may change.
    expect(
      reviewOf(await view(bo), south.requestId).scores!.find((s) => s.reviewerId === ash.id),
    ).toMatchObject({ grade: 'requires_improvement', overrideReason: ASH_REASON });
    const late = await score(bo, south.requestId, { metCriterionIds: firstCriteria(12) });
    expect(late.body).toMatchObject({
      statusCode: 409,
      message: 'The scores of this plan are revealed: they can no longer change.',
    });
    const revealed = await dataSource.query(
      `SELECT action, before, after FROM audit_records WHERE entity_id = $1 AND action = 'dip_sample.scores_revealed' ORDER BY occurred_at, id`,
      [sample.id],
    );
    expect(revealed.map((r: { after: { requestId: string } }) => r.after.requestId)).toEqual([
      south.requestId,
      north.requestId,
    ]);
  });

  it('records the moderated grade with feedback for the writer once, and counts it in the figures beside the group’s', async () => {
    expect(
      (await moderate(ash, north.requestId, { grade: 'good', feedback: 'Clear provision' })).status,
    ).toBe(403);
    const north1 = await moderate(owner, north.requestId, {
      grade: 'good',
      feedback: '  Clear provision; make the outcomes time-bound  ',
    });
    expect(north1.status).toBe(201);
    expect(north1.body).toMatchObject({
      state: 'moderated',
      moderation: {
        grade: 'good',
        feedback: 'Clear provision; make the outcomes time-bound',
        moderatedBy: { id: owner.id },
      },
    });
    expect(
      (
        await moderate(owner, south.requestId, {
          grade: 'requires_improvement',
          feedback: 'Outcomes are not SMART; the voice of the child is strong',
        })
      ).status,
    ).toBe(201);
    expect(
      (await moderate(owner, south.requestId, { grade: 'good', feedback: 'Second thoughts' })).body,
    ).toMatchObject({ statusCode: 409, message: 'The moderated grade of this plan is already recorded.' });
    expect((await score(ash, north.requestId, { metCriterionIds: [] })).body).toMatchObject({
      statusCode: 409,
      message: 'This plan’s moderated grade is recorded: its scores are final.',
    });
    const [kept] = await dataSource.query(
      `SELECT grade, feedback FROM dip_sample_moderations WHERE request_id = $1`,
      [south.requestId],
    );
    expect(kept).toEqual({
      grade: 'requires_improvement',
      feedback: 'Outcomes are not SMART; the voice of the child is strong',
    });
    const moderatedAudit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE entity_id = $1 AND action = 'dip_sample.plan_moderated' ORDER BY occurred_at, id`,
      [sample.id],
    );
    expect(moderatedAudit).toEqual([
      {
        actor_id: owner.id,
        after: {
          requestId: north.requestId,
          grade: 'good',
          feedback: 'Clear provision; make the outcomes time-bound',
        },
      },
      {
        actor_id: owner.id,
        after: {
          requestId: south.requestId,
          grade: 'requires_improvement',
          feedback: 'Outcomes are not SMART; the voice of the child is strong',
        },
      },
    ]);

    const { body: figures } = await http()
      .get(`/api/quality/figures?${period}`)
      .set('Cookie', as(owner))
      .expect(200);
    // Good meets the standard, Requires improvement does not: 1 of 2, 50%.
    expect(figures.plans.total).toEqual({ key: 'all', moderated: 2, meeting: 1, percent: 50 });
    expect(figures.plans.byTier).toEqual([{ key: 'senior', moderated: 2, meeting: 1, percent: 50 }]);
    expect(figures.plans.byTheme).toEqual([
      { key: 'Preparing for adulthood', moderated: 2, meeting: 1, percent: 50 },
    ]);
    expect(figures.plans.byLocality).toEqual([
      { key: 'Northdale', moderated: 1, meeting: 1, percent: 100 },
      { key: 'Southmere', moderated: 1, meeting: 0, percent: 0 },
    ]);
    expect(figures.plans.byMonth).toEqual([
      { key: today.slice(0, 7), moderated: 2, meeting: 1, percent: 50 },
    ]);
    // Two pairs: Outstanding and Good (within one), Requires improvement and Outstanding (two apart). None the same.
    expect(figures.agreement.overall).toEqual({ pairs: 2, exact: 0, withinOne: 50 });
    expect(figures.agreement.bySeniorSample).toEqual([
      {
        sampleId: sample.id,
        theme: 'Preparing for adulthood',
        drawnAt: sample.drawnAt,
        pairs: 2,
        exact: 0,
        withinOne: 50,
      },
    ]);
    expect(figures.agreement.byMeeting).toEqual([]);
  });

  it('lists past samples newest first, by tier, month and theme, with how many plans are moderated', async () => {
    // The group's own sample for its meeting: scored in the room, never here.
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, theme) VALUES ('quality', 'Quality group', now(), now() + interval '2 hours', 'Health advice') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair')`,
      [meeting.id, owner.id],
    );
    await aPlan('eastbrook');
    const group = (
      await http()
        .post('/api/quality/dip-samples')
        .set('Cookie', as(owner))
        .send({ tier: 'multiagency', size: 1, meetingId: meeting.id })
        .expect(201)
    ).body as DipSampleView;
    expect(group.plans[0]!.review).toMatchObject({ state: 'to_score', scores: null });
    const inRoom = await http()
      .post(`/api/quality/dip-samples/${group.id}/plans/${group.plans[0]!.requestId}/scores`)
      .set('Cookie', as(ash))
      .send({ metCriterionIds: [] });
    expect(inRoom.body).toMatchObject({
      statusCode: 409,
      message: 'A plan sampled for the group’s meeting is scored and moderated in the meeting.',
    });

    const list = async (query: string, user = ash) =>
      (await http().get(`/api/quality/dip-samples${query}`).set('Cookie', as(user)).expect(200)).body;
    const all = await list('');
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: 2 });
    expect(all.items.map((s: { id: string }) => s.id)).toEqual([group.id, sample.id]);
    expect(all.items[1]).toEqual({
      id: sample.id,
      tier: 'senior',
      subject: 'plans',
      theme: 'Preparing for adulthood',
      seed: sample.seed,
      drawnAt: sample.drawnAt,
      drawnBy: { id: owner.id, displayName: expect.any(String) },
      meetingId: null,
      meetingTitle: null,
      size: 2,
      moderated: 2,
    });
    expect(all.items[0]).toMatchObject({
      tier: 'multiagency',
      meetingTitle: 'Quality group',
      theme: 'Health advice',
      moderated: 0,
    });
    expect((await list('?tier=senior')).items.map((s: { id: string }) => s.id)).toEqual([sample.id]);
    expect((await list('?theme=ADULTHOOD')).items.map((s: { id: string }) => s.id)).toEqual([sample.id]);
    expect((await list('?theme=100%25')).total).toBe(0);
    expect((await list(`?month=${today.slice(0, 7)}`)).total).toBe(2);
    expect((await list('?month=2020-01')).total).toBe(0);
    expect(await list('?pageSize=1&page=2')).toMatchObject({ total: 2, items: [{ id: sample.id }] });
    for (const bad of [
      '?tier=seniors',
      '?month=2026-13',
      '?month=2026-1',
      '?page=0',
      '?pageSize=101',
      '?colour=red',
    ]) {
      expect((await http().get(`/api/quality/dip-samples${bad}`).set('Cookie', as(ash))).status, bad).toBe(
        400,
      );
    }
    expect((await http().get('/api/quality/dip-samples').set('Cookie', as(member))).status).toBe(403);
  });

  it('moves a criterion up or down within its section, audited, for administrators only', async () => {
    const move = (user: TestUser, id: string, body: object) =>
      http().patch(`/api/admin/quality-criteria/${id}/position`).set('Cookie', as(user)).send(body);
    const [sections, sectionB, , smart, adulthood] = framework;
    const before = await state();
    expect((await move(owner, sectionB!.id, { direction: 'up' })).status).toBe(403);
    expect((await move(admin, sectionB!.id, { direction: 'sideways' })).status).toBe(400);
    expect((await move(admin, sectionB!.id, {})).status).toBe(400);
    expect((await move(admin, '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60', { direction: 'up' })).status).toBe(404);
    // The first of its section cannot go up, nor the last of its section down, though other sections' criteria are next to them.
    expect((await move(admin, sections!.id, { direction: 'up' })).body).toMatchObject({
      statusCode: 409,
      message: 'The criterion is already first in Statutory requirements.',
    });
    expect((await move(admin, adulthood!.id, { direction: 'down' })).body).toMatchObject({
      statusCode: 409,
      message: 'The criterion is already last in Outcomes.',
    });
    expect((await move(admin, smart!.id, { direction: 'up' })).status).toBe(409);
    expect(await state()).toEqual(before);

    const moved = await move(admin, sectionB!.id, { direction: 'up' });
    expect(moved.status).toBe(200);
    const order = (moved.body as QualityCriterionView[]).map((c) => c.id);
    expect(order.slice(0, 3)).toEqual([sectionB!.id, sections!.id, framework[2]!.id]);
    expect(order.slice(3)).toEqual(framework.slice(3).map((c) => c.id));
    const again = (await http().get('/api/quality/framework').set('Cookie', as(ash)).expect(200))
      .body as QualityCriterionView[];
    expect(again.map((c) => c.id)).toEqual(order);

    const down = await move(admin, adulthood!.id, { direction: 'up' });
    expect((down.body as QualityCriterionView[]).map((c) => c.id).slice(3, 5)).toEqual([
      adulthood!.id,
      smart!.id,
    ]);
    const audit = await dataSource.query(
      `SELECT actor_id, before, after FROM audit_records WHERE action = 'quality_criterion.moved' ORDER BY occurred_at, id`,
    );
    expect(audit).toEqual([
      {
        actor_id: admin.id,
        before: { position: 2 },
        after: { position: 1, direction: 'up', swappedWith: { id: sections!.id, position: 2 } },
      },
      {
        actor_id: admin.id,
        before: { position: 5 },
        after: { position: 4, direction: 'up', swappedWith: { id: smart!.id, position: 5 } },
      },
    ]);
  });
});
