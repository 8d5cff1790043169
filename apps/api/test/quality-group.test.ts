import type { QualityCriterionView } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe('the Quality and Compliance Group', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let framework: QualityCriterionView[];
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];
  const http = () => request(test.app.getHttpServer());

  /** A child with a final plan, in the given locality. */
  const aPlan = async (locality: string) => {
    const c = await aCase(dataSource, { locality, receivedOn: '2025-11-03' });
    await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [c.requestId]);
    return c;
  };
  const aQualityMeeting = async (theme = 'Preparing for adulthood') => {
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, theme) VALUES ('quality', 'Quality group', now(), now() + interval '2 hours', $1) RETURNING id`,
      [theme],
    );
    await dataSource.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair')`,
      [meeting.id, chair.id],
    );
    for (const r of reviewers)
      await dataSource.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'member')`,
        [meeting.id, r.id],
      );
    return meeting.id as string;
  };
  const connect = async (user: TestUser, meetingId: string) => {
    const client = await MeetingClient.connect(test.baseUrl, cookies.get(user.id)!);
    clients.push(client);
    await client.join(meetingId);
    return client;
  };

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    chair = await aUser(dataSource, { roles: ['chair', 'qa_reviewer'] });
    reviewers = [];
    for (let i = 0; i < 3; i++) reviewers.push(await aUser(dataSource, { roles: ['qa_reviewer'] }));
    for (const user of [admin, chair, ...reviewers]) cookies.set(user.id, await signIn(test, user));
    framework = (await http().get('/api/quality/framework').set('Cookie', cookies.get(chair.id)!).expect(200))
      .body;
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  it('keeps a framework of weighted criteria in sections, seeded and editable by administrators only', async () => {
    expect(framework.length).toBeGreaterThanOrEqual(12);
    expect(new Set(framework.map((c) => c.section))).toEqual(
      new Set([
        'Statutory requirements',
        'Outcomes',
        'The child and family',
        'Multi-agency advice',
        'Accessibility and the Code of Practice',
      ]),
    );
    expect(framework.some((c) => /SMART/.test(c.text))).toBe(true);
    await http()
      .post('/api/admin/quality-criteria')
      .set('Cookie', cookies.get(chair.id)!)
      .send({ section: 'Outcomes', text: 'x', weight: 1 })
      .expect(403);
    await http()
      .post('/api/admin/quality-criteria')
      .set('Cookie', cookies.get(admin.id)!)
      .send({ section: 'Outcomes', text: 'Outcomes are reviewed', weight: 11 })
      .expect(400);
    const added = await http()
      .post('/api/admin/quality-criteria')
      .set('Cookie', cookies.get(admin.id)!)
      .send({ section: 'Outcomes', text: 'Outcomes are reviewed', weight: 1 })
      .expect(201);
    const retired = await http()
      .patch(`/api/admin/quality-criteria/${added.body.id}`)
      .set('Cookie', cookies.get(admin.id)!)
      .send({ active: false })
      .expect(200);
    expect(retired.body).toMatchObject({ active: false, weight: 1 });
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY occurred_at, id`,
      [added.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'quality_criterion.added',
      'quality_criterion.changed',
    ]);
  });

  it('draws a dip sample stratified by locality, the same again from its seed, leaving out plans sampled lately', async () => {
    for (const [locality, n] of [
      ['northdale', 6],
      ['southmere', 4],
      ['eastbrook', 2],
    ] as const)
      for (let i = 0; i < n; i++) await aPlan(locality);
    const draw = (body: object) =>
      http()
        .post('/api/quality/dip-samples')
        .set('Cookie', cookies.get(chair.id)!)
        .send({ tier: 'senior', ...body });
    const first = (await draw({ size: 6, seed: 99 }).expect(201)).body;
    expect(first.seed).toBe(99);
    expect(first.plans).toHaveLength(6);
    expect(first.byLocality).toEqual({ Eastbrook: 1, Northdale: 3, Southmere: 2 });
    const again = (await draw({ size: 6, seed: 99, excludeMonths: 0 }).expect(201)).body;
    expect(again.plans.map((p: { requestId: string }) => p.requestId).sort()).toEqual(
      first.plans.map((p: { requestId: string }) => p.requestId).sort(),
    );
    const fresh = (await draw({ size: 3 }).expect(201)).body;
    const sampled = new Set(first.plans.map((p: { requestId: string }) => p.requestId));
    expect(fresh.plans.every((p: { requestId: string }) => !sampled.has(p.requestId))).toBe(true);
    expect(Number.isInteger(fresh.seed)).toBe(true);
    await draw({ size: 0 }).expect(400);
    await http()
      .post('/api/quality/dip-samples')
      .set('Cookie', cookies.get(chair.id)!)
      .send({ size: 2, tier: 'senior', meetingId: '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60' })
      .expect(404);
  });

  it('keeps every score hidden until the reveal, flags a disagreement, and records the moderated grade with feedback', async () => {
    const meetingId = await aQualityMeeting();
    await aPlan('westholm');
    const sample = (
      await http()
        .post('/api/quality/dip-samples')
        .set('Cookie', cookies.get(chair.id)!)
        .send({ tier: 'multiagency', size: 1, meetingId, excludeMonths: 0 })
        .expect(201)
    ).body;
    expect(sample.theme).toBe('Preparing for adulthood');
    const chairClient = await connect(chair, meetingId);
    const [ash, bo, cy] = await Promise.all(reviewers.map((r) => connect(r, meetingId)));
    const snapshot = await chairClient.join(meetingId);
    const item = snapshot.agenda.find((i) => i.kind === 'dip_sample')!;
    expect(item.quality).toEqual({ yourScore: null, scores: null, disagreement: null });
    await chairClient.send('meeting.start', { meetingId });
    await chairClient.send('agenda.advance', { meetingId, itemId: item.id });
    await chairClient.send('voting.open', { meetingId, itemId: item.id });

    const active = framework.filter((c) => c.active).map((c) => c.id);
    const score = (client: MeetingClient, payload: object) =>
      client.send('score.submit', { meetingId, itemId: item.id, ...payload });
    expect(await ash!.send('vote.cast', { meetingId, itemId: item.id, choice: 'good' })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });
    expect(await score(ash!, { metCriterionIds: active, grade: 'inadequate' })).toMatchObject({
      ok: false,
      fields: [{ field: 'overrideReason' }],
    });
    expect(await score(ash!, { metCriterionIds: ['6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60'] })).toMatchObject({
      ok: false,
      fields: [{ field: 'metCriterionIds' }],
    });
    expect(await score(ash!, { metCriterionIds: active })).toMatchObject({ ok: true }); // every criterion: outstanding
    expect(
      await score(bo!, {
        metCriterionIds: active.slice(0, 3),
        grade: 'requires_improvement',
        overrideReason: 'Outcomes not SMART throughout',
      }),
    ).toMatchObject({ ok: true });
    expect(await score(cy!, { metCriterionIds: active.slice(0, 9) })).toMatchObject({ ok: true });

    // Before the reveal nobody receives another reviewer's grade or ticks; each sees only their own.
    for (const client of [chairClient, ash!, bo!, cy!]) {
      const frames = JSON.stringify(client.frames);
      expect(frames).not.toContain('Outcomes not SMART throughout');
      expect(frames).not.toContain('"choice":"requires_improvement"');
      expect(frames).not.toContain('"grade":');
      expect(frames).not.toContain('"metCriterionIds":[');
    }
    const own = (await bo!.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(own.quality).toMatchObject({
      yourScore: { grade: 'requires_improvement', computedGrade: 'inadequate' },
      scores: null,
    });

    await chairClient.send('voting.close', { meetingId, itemId: item.id });
    await chairClient.send('votes.reveal', { meetingId, itemId: item.id });
    const revealed = await ash!.waitForEvent((e) => e.type === 'votes.revealed');
    expect((revealed.payload as { scores: { grade: string }[] }).scores.map((s) => s.grade).sort()).toEqual(
      ['outstanding', 'requires_improvement', 'good'].sort(),
    );
    const afterReveal = (await cy!.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(afterReveal.quality).toMatchObject({ disagreement: true });
    expect(afterReveal.quality!.scores).toHaveLength(3);

    expect(
      await chairClient.send('outcome.record', {
        meetingId,
        itemId: item.id,
        outcome: 'good',
        reasons: 'Strong voice of the child; make outcomes SMART in section E',
      }),
    ).toMatchObject({ ok: true });
    const today = new Date().toISOString().slice(0, 10);
    const { body: figures } = await http()
      .get(`/api/quality/figures?from=${today.slice(0, 8)}01&to=${today}`)
      .set('Cookie', cookies.get(chair.id)!)
      .expect(200);
    expect(figures.plans.total).toMatchObject({ moderated: 1, meeting: 1, percent: 100 });
    expect(figures.plans.byTheme).toEqual([
      { key: 'Preparing for adulthood', moderated: 1, meeting: 1, percent: 100 },
    ]);
    expect(figures.plans.byLocality).toEqual([
      { key: sample.plans[0].locality, moderated: 1, meeting: 1, percent: 100 },
    ]);
    // outstanding / good / requires improvement: no pair exact; two pairs within one grade of three.
    expect(figures.agreement.overall).toEqual({ pairs: 3, exact: 0, withinOne: 66.7 });
    expect(figures.agreement.byMeeting).toEqual([expect.objectContaining({ meetingId, pairs: 3 })]);
  });

  it('agrees joint funding only when every agency consents to its share, and keeps every share and answer', async () => {
    const meetingId = await aQualityMeeting();
    const health = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'camhs',
      agencyKind: 'health',
    });
    const social = await aUser(dataSource, {
      roles: ['panel_member'],
      agencyCode: 'social-care',
      agencyKind: 'social_care',
    });
    for (const user of [health, social]) {
      cookies.set(user.id, await signIn(test, user));
      await dataSource.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'member')`,
        [meetingId, user.id],
      );
    }
    const plan = await aPlan('northdale');
    const chairClient = await connect(chair, meetingId);
    await chairClient.send('meeting.start', { meetingId });
    expect(
      await chairClient.send('agenda.add', {
        meetingId,
        caseReference: plan.reference,
        kind: 'joint_funding',
      }),
    ).toMatchObject({ ok: true });
    const item = (await chairClient.join(meetingId)).agenda.find((i) => i.kind === 'joint_funding')!;
    const propose = (payload: object) =>
      chairClient.send('funding.propose', {
        meetingId,
        itemId: item.id,
        summary: 'Residential short breaks with therapy',
        ...payload,
      });
    expect(
      await propose({
        totalPence: 9_000_000,
        shares: [
          { party: 'education', amountPence: 4_000_000 },
          { party: 'health', amountPence: 4_000_000 },
        ],
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'totalPence' }] });
    expect(
      await propose({
        totalPence: 4_000_000,
        shares: [
          { party: 'education', amountPence: 4_000_000 },
          { party: 'health', amountPence: 0 },
        ],
      }),
    ).toMatchObject({ ok: false, fields: [{ field: 'shares' }] });
    const shares = [
      { party: 'education', amountPence: 4_000_000 },
      { party: 'health', amountPence: 3_000_000 },
      { party: 'social_care', amountPence: 2_000_000 },
    ];
    expect(await propose({ totalPence: 9_000_000, shares })).toMatchObject({ ok: true });

    const healthClient = await connect(health, meetingId);
    const socialClient = await connect(social, meetingId);
    const answer = (client: MeetingClient, payload: object) =>
      client.send('funding.answer', { meetingId, itemId: item.id, ...payload });
    expect(await answer(healthClient, { party: 'social_care', consent: true })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await answer(socialClient, { party: 'social_care', consent: false })).toMatchObject({
      ok: false,
      fields: [{ field: 'reason' }],
    });
    // The chair is from the SEND service: education's representative here.
    expect(await answer(chairClient, { party: 'education', consent: true })).toMatchObject({ ok: true });
    expect(await answer(healthClient, { party: 'health', consent: true })).toMatchObject({ ok: true });
    expect(
      await answer(socialClient, {
        party: 'social_care',
        consent: false,
        reason: 'Not within the short breaks statement',
      }),
    ).toMatchObject({ ok: true });

    const record = (outcome: string) =>
      chairClient.send('outcome.record', {
        meetingId,
        itemId: item.id,
        outcome,
        reasons: 'Agreed after discussion',
      });
    expect(await record('consent')).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(await answer(socialClient, { party: 'social_care', consent: true })).toMatchObject({ ok: true });
    expect(await record('consent')).toMatchObject({ ok: true });
    const decided = (await chairClient.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(decided.outcome?.outcome).toBe('consent');
    expect(decided.jointFunding).toEqual({
      summary: 'Residential short breaks with therapy',
      totalPence: 9_000_000,
      shares: shares.map((s) => ({ ...s, answer: 'consent', reason: null })),
    });
    expect(
      await answer(healthClient, { party: 'health', consent: false, reason: 'Changed our mind' }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
  });

  it('audits returned advices by agency with the same mechanics, and the moderated grade reaches the Health Gateway figures', async () => {
    const salt = await anAgency(dataSource, 'salt-audit', 'health');
    const child = await aCase(dataSource, { receivedOn: '2026-09-01' });
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 2; i++) {
      await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status) VALUES ($1, $2, 'health', '2026-10-01', $3, 'returned')`,
        [child.requestId, salt, today],
      );
    }
    const meetingId = await aQualityMeeting('Health advice');
    const drawn = await http()
      .post('/api/quality/dip-samples')
      .set('Cookie', cookies.get(chair.id)!)
      .send({ tier: 'multiagency', subject: 'advice', size: 1, seed: 7, meetingId })
      .expect(201);
    expect(drawn.body).toMatchObject({
      subject: 'advice',
      seed: 7,
      plans: [],
      advices: [{ agency: 'Agency salt-audit', adviceKind: 'health', caseReference: child.reference }],
    });

    const chairClient = await connect(chair, meetingId);
    const clients = await Promise.all(reviewers.map((r) => connect(r, meetingId)));
    const item = (await chairClient.join(meetingId)).agenda.find((i) => i.kind === 'advice_audit')!;
    expect(item.quality).toEqual({ yourScore: null, scores: null, disagreement: null });
    await chairClient.send('meeting.start', { meetingId });
    await chairClient.send('agenda.advance', { meetingId, itemId: item.id });
    await chairClient.send('voting.open', { meetingId, itemId: item.id });
    const score = (client: MeetingClient, metCriterionIds: string[]) =>
      client.send('score.submit', { meetingId, itemId: item.id, metCriterionIds });
    // Scored on the advice rubric, not the plan framework.
    expect(await score(clients[0]!, [framework[0]!.id])).toMatchObject({
      ok: false,
      fields: [{ field: 'metCriterionIds' }],
    });
    for (const client of clients)
      expect(
        await score(client, ['describes_needs', 'specific_outcomes', 'quantified_provision']),
      ).toMatchObject({ ok: true });
    await chairClient.send('voting.close', { meetingId, itemId: item.id });
    await chairClient.send('votes.reveal', { meetingId, itemId: item.id });
    const revealed = (await chairClient.join(meetingId)).agenda.find((i) => i.id === item.id)!;
    expect(revealed.quality!.scores!.map((s) => s.grade)).toEqual(['good', 'good', 'good']); // 3 of 4 points: 75%
    expect(
      await chairClient.send('outcome.record', {
        meetingId,
        itemId: item.id,
        outcome: 'good',
        reasons: 'Clear and specific; the family’s views are missing',
      }),
    ).toMatchObject({ ok: true });

    const [advice] = await dataSource.query(`SELECT audited_grade FROM advice_requests WHERE id = $1`, [
      drawn.body.advices[0].adviceRequestId,
    ]);
    expect(advice.audited_grade).toBe('good');
    const month = today.slice(0, 8);
    const gateway = await http()
      .get(`/api/health-gateway/figures?from=${month}01&to=${today}`)
      .set('Cookie', cookies.get(chair.id)!)
      .expect(200);
    expect(gateway.body.qualityMeetsStandard).toEqual({ rated: 1, meeting: 1, percent: 100 });
    const quality = await http()
      .get(`/api/quality/figures?from=${month}01&to=${today}`)
      .set('Cookie', cookies.get(chair.id)!)
      .expect(200);
    expect(quality.body.advicesByAgency).toEqual([
      { key: 'Agency salt-audit', moderated: 1, meeting: 1, percent: 100 },
    ]);
  });
});
