import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from './support/factories.js';
import { binary, wordsOf } from './support/pdf-words.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Totals = { kind: string; agreed: number; refused: number; agreedPence: number };

describe('the monthly leadership pack', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: string;
  let reader: string;
  const http = () => request(test.app.getHttpServer());
  /** A month's pack as a panel member reads it. */
  const packOf = async (month: string) =>
    (await http().get(`/api/reports/leadership-packs/${month}`).set('Cookie', reader).expect(200)).body;
  const pdfOf = async (month: string) =>
    (
      await http()
        .get(`/api/reports/leadership-packs/${month}/pdf`)
        .set('Cookie', reader)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;

  /** A decision whether to assess, on the request and as its recorded step. */
  const decideToAssess = async (requestId: string, on: string, refused = false) => {
    await dataSource.query(`UPDATE ehc_requests SET decision_to_assess_on = $2, stage = $3 WHERE id = $1`, [
      requestId,
      on,
      refused ? 'refused' : 'assessment',
    ]);
    await dataSource.query(
      `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, $2, $3)`,
      [requestId, refused ? 'refused' : 'assessment', on],
    );
  };
  const issuePlan = (requestId: string, on: string) =>
    dataSource.query(`UPDATE ehc_requests SET final_issued_on = $2, stage = 'final_issued' WHERE id = $1`, [
      requestId,
      on,
    ]);
  const settle = (
    childId: string,
    request: {
      kind: string;
      status: string;
      on: string;
      pence?: number;
      band?: string;
      purpose?: string;
      settingType?: string;
    },
  ) =>
    dataSource.query(
      `INSERT INTO panel_requests (child_id, kind, summary, setting_name, setting_type, amount_pence, band, purpose, starts_on, ends_on, status, decided_on)
       VALUES ($1, $2, 'Asked of the panel', $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        childId,
        request.kind,
        request.settingType ? 'Hill Top School' : null,
        request.settingType ?? null,
        request.pence ?? null,
        request.band ?? null,
        request.purpose ?? null,
        request.pence ? '2026-04-01' : null,
        request.pence ? '2027-03-31' : null,
        request.status,
        request.on,
      ],
    );

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    chair = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    reader = await signIn(test, await aUser(dataSource, { roles: ['panel_member'] }));
    // March 2026, worked by hand. Decisions whether to assess: one agreed in 4 weeks, one refused in 9 (late).
    const agreed = await aCase(dataSource, {
      receivedOn: '2026-02-02',
      givenName: 'Peregrina',
      familyName: 'Quillfeather',
    });
    await decideToAssess(agreed.requestId, '2026-03-02');
    const refused = await aCase(dataSource, {
      receivedOn: '2026-01-05',
      givenName: 'Ozymandias',
      familyName: 'Brackenbury',
    });
    await decideToAssess(refused.requestId, '2026-03-10', true);
    // Final plans: one in 19 weeks, one in 24 (late).
    const inTime = await aCase(dataSource, { receivedOn: '2025-11-03' });
    await issuePlan(inTime.requestId, '2026-03-16');
    const late = await aCase(dataSource, { receivedOn: '2025-10-01' });
    await issuePlan(late.requestId, '2026-03-20');
    // Requests to the panel: in March £5,000 band 2 funding and a £1,200 transport budget agreed, a placement refused;
    // in February £3,000 band 3 funding agreed.
    await settle(agreed.childId, {
      kind: 'funding',
      status: 'agreed',
      on: '2026-03-11',
      pence: 500_000,
      band: 'band_2',
    });
    await settle(agreed.childId, {
      kind: 'personal_budget',
      status: 'agreed',
      on: '2026-03-11',
      pence: 120_000,
      purpose: 'transport',
    });
    await settle(agreed.childId, {
      kind: 'placement_change',
      status: 'refused',
      on: '2026-03-11',
      settingType: 'maintained_special',
    });
    await settle(agreed.childId, {
      kind: 'funding',
      status: 'agreed',
      on: '2026-02-10',
      pence: 300_000,
      band: 'band_3',
    });
    // Disagreements: the refusal of 10 March appealed, registered 15 days after its notice and conceded on 30 March;
    // a complaint about it received on 20 March.
    const officer = await aUser(dataSource, { roles: ['presenter'] });
    for (const [kind, openedOn, outcome, outcomeOn] of [
      ['appeal', '2026-03-25', 'conceded', '2026-03-30'],
      ['complaint', '2026-02-20', null, null],
    ])
      await dataSource.query(
        `INSERT INTO disagreements (child_id, kind, appealable_decision, decision_notified_on, opened_on, summary, outcome, outcome_on, recorded_by)
         VALUES ($1, $2, 'refusal_to_assess', '2026-03-10', $3, 'The family disagree', $4, $5, $6)`,
        [
          refused.childId,
          kind,
          kind === 'complaint' ? '2026-03-20' : openedOn,
          outcome,
          outcomeOn,
          officer.id,
        ],
      );
    // Seniors' dip samples (tier 2): a plan moderated Good in March, one Inadequate in February.
    const senior = await aUser(dataSource, { roles: ['qa_reviewer'] });
    const [sample] = await dataSource.query(
      `INSERT INTO dip_samples (tier, seed, size, by_locality, drawn_by) VALUES ('senior', 7, 2, '{}', $1) RETURNING id`,
      [senior.id],
    );
    for (const [requestId, grade, at] of [
      [inTime.requestId, 'good', '2026-03-12T10:00:00Z'],
      [late.requestId, 'inadequate', '2026-02-12T10:00:00Z'],
    ]) {
      await dataSource.query(`INSERT INTO dip_sample_plans (sample_id, request_id) VALUES ($1, $2)`, [
        sample.id,
        requestId,
      ]);
      await dataSource.query(
        `INSERT INTO dip_sample_moderations (sample_id, request_id, grade, feedback, moderated_by, moderated_at) VALUES ($1, $2, $3, 'Feedback', $4, $5)`,
        [sample.id, requestId, grade, senior.id, at],
      );
    }
  });
  afterAll(async () => {
    await test?.close();
  });

  it('gives a draft month its figures counted live from the records', async () => {
    const body = await packOf('2026-03');
    expect(body).toMatchObject({
      month: '2026-03',
      status: 'draft',
      narrative: '',
      issuedBy: null,
      issuedAt: null,
    });
    const f = body.figures;
    expect(f.months).toHaveLength(12);
    expect(f.months.at(-1)).toBe('2026-03');
    expect(f.decisions.inMonth.total).toMatchObject({
      agreedToAssess: 1,
      refusedToAssess: 1,
      refusalRate: 50,
    });
    expect(f.decisionsToAssess.withoutExceptions.at(-1)).toMatchObject({
      decided: 2,
      inSixWeeks: 1,
      percent: 50,
    });
    expect(f.timeliness.withoutExceptions.at(-1)).toMatchObject({ issued: 2, inTwentyWeeks: 1, percent: 50 });
    const byKind = (rows: Totals[]) => Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(byKind(f.panelRequests.inMonth)).toEqual({
      placement_change: { kind: 'placement_change', agreed: 0, refused: 1, agreedPence: 0 },
      funding: { kind: 'funding', agreed: 1, refused: 0, agreedPence: 500_000 },
      personal_budget: { kind: 'personal_budget', agreed: 1, refused: 0, agreedPence: 120_000 },
    });
    expect(byKind(f.panelRequests.rolling).funding).toMatchObject({ agreed: 2, agreedPence: 800_000 });
    expect(f.panelRequests.fundingByBand.filter((b: { agreed: number }) => b.agreed > 0)).toEqual([
      { key: 'band_2', agreed: 1, agreedPence: 500_000 },
    ]);
    expect(
      f.panelRequests.byMonth
        .find((m: { month: string }) => m.month === '2026-02')
        .kinds.find((k: Totals) => k.kind === 'funding'),
    ).toMatchObject({ agreed: 1, agreedPence: 300_000 });
    expect(f.qualityByTier).toEqual([
      {
        tier: 'seniors',
        inMonth: { key: 'seniors', moderated: 1, meeting: 1, percent: 100 },
        rolling: { key: 'seniors', moderated: 2, meeting: 1, percent: 50 },
      },
      {
        tier: 'group',
        inMonth: { key: 'group', moderated: 0, meeting: 0, percent: null },
        rolling: { key: 'group', moderated: 0, meeting: 0, percent: null },
      },
    ]);
  });

  it('carries the disagreement indicators, in the figures and as a section of the page and the PDF', async () => {
    const body = await packOf('2026-03');
    const march = body.figures.disagreements.byMonth.at(-1);
    // One appeal in March against one refusal to assess and two plans issued: 3 appealable decisions, 333.3 per 1,000.
    expect(march).toMatchObject({
      month: '2026-03',
      complaints: 1,
      appeals: 1,
      appealableDecisions: 3,
      appealsPerThousand: 333.3,
      appealsDecided: 1,
      againstTheCouncil: 1,
      percentAgainstTheCouncil: 100,
      medianDaysToRegister: 15,
    });
    const pdf = await pdfOf('2026-03');
    const words = wordsOf(pdf);
    expect(words).toContain('Complaints, mediations and appeals');
    expect(words).toContain(
      'Appeals decided: 1, of which 1 went against the council (conceded or upheld): 100.0%. Days from the decision to the appeal registered: median 15, longest 15.',
    );
  });

  it('never names a child, in the page or in the PDF', async () => {
    const names: { given_name: string; family_name: string }[] = await dataSource.query(
      `SELECT given_name, family_name FROM children`,
    );
    expect(names.length).toBeGreaterThan(0);
    const { text } = await http()
      .get('/api/reports/leadership-packs/2026-03')
      .set('Cookie', reader)
      .expect(200);
    const pdf = await pdfOf('2026-03');
    const words = wordsOf(pdf);
    for (const { given_name, family_name } of names)
      for (const name of [given_name, family_name]) {
        expect(text).not.toContain(name);
        expect(words).not.toContain(name);
      }
  });

  it('keeps every edit of the narrative in the audit trail, with what it said before', async () => {
    await http()
      .put('/api/reports/leadership-packs/2026-03/narrative')
      .set('Cookie', chair)
      .send({ narrative: 'A first draft.' })
      .expect(200);
    const { body } = await http()
      .put('/api/reports/leadership-packs/2026-03/narrative')
      .set('Cookie', chair)
      .send({ narrative: 'Timeliness held at half; funding within budget.' })
      .expect(200);
    expect(body).toMatchObject({
      status: 'draft',
      narrative: 'Timeliness held at half; funding within budget.',
    });
    const audit = await dataSource.query(
      `SELECT before, after FROM audit_records WHERE entity_type = 'leadership_pack' AND action = 'leadership_pack.narrative_written' ORDER BY id`,
    );
    expect(
      audit.map((a: { before: { narrative: string }; after: { narrative: string } }) => [
        a.before.narrative,
        a.after.narrative,
      ]),
    ).toEqual([
      ['', 'A first draft.'],
      ['A first draft.', 'Timeliness held at half; funding within budget.'],
    ]);
  });

  it('refuses a blank or overlong narrative, and changes nothing', async () => {
    for (const narrative of ['   ', '', 'x'.repeat(10_001), 42]) {
      await http()
        .put('/api/reports/leadership-packs/2026-03/narrative')
        .set('Cookie', chair)
        .send({ narrative })
        .expect(400);
    }
    const body = await packOf('2026-03');
    expect(body.narrative).toBe('Timeliness held at half; funding within budget.');
  });

  it('refuses to issue a pack without a narrative', async () => {
    const response = await http()
      .post('/api/reports/leadership-packs/2026-04/issue')
      .set('Cookie', chair)
      .expect(422);
    expect(response.body.code).toBe('narrative_missing');
    const body = await packOf('2026-04');
    expect(body.status).toBe('draft');
  });

  it('freezes the figures when the pack is issued: later records leave the issued pack unchanged', async () => {
    const issued = (
      await http().post('/api/reports/leadership-packs/2026-03/issue').set('Cookie', chair).expect(200)
    ).body;
    expect(issued.status).toBe('issued');
    expect(issued.issuedBy.displayName).toBe('Test chair');
    expect(issued.issuedAt).toBeTruthy();
    // More decided in March after the pack went out: a refusal and £9,000 of funding.
    const after = await aCase(dataSource, { receivedOn: '2026-02-16' });
    await decideToAssess(after.requestId, '2026-03-20', true);
    await settle(after.childId, {
      kind: 'funding',
      status: 'agreed',
      on: '2026-03-25',
      pence: 900_000,
      band: 'band_4',
    });
    const live = (
      await http().get('/api/dashboard/decisions?month=2026-03').set('Cookie', reader).expect(200)
    ).body;
    expect(live.inMonth.total.refusedToAssess).toBe(2);
    const body = await packOf('2026-03');
    expect(body.figures).toEqual(issued.figures);
    expect(body.figures.decisions.inMonth.total.refusedToAssess).toBe(1);
    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE entity_type = 'leadership_pack' AND action = 'leadership_pack.issued'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ month: '2026-03', status: 'issued' });
  });

  it('refuses a second issue and any edit of an issued pack', async () => {
    const again = await http()
      .post('/api/reports/leadership-packs/2026-03/issue')
      .set('Cookie', chair)
      .expect(409);
    expect(again.body.code).toBe('pack_already_issued');
    await http()
      .put('/api/reports/leadership-packs/2026-03/narrative')
      .set('Cookie', chair)
      .send({ narrative: 'Rewritten after the Board met.' })
      .expect(409);
    const body = await packOf('2026-03');
    expect(body.narrative).toBe('Timeliness held at half; funding within budget.');
  });

  it('gives the pack as a PDF with its month, narrative and figures', async () => {
    const response = await http()
      .get('/api/reports/leadership-packs/2026-03/pdf')
      .set('Cookie', reader)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const words = wordsOf(pdf);
    expect(words).toContain('March 2026');
    expect(words).toContain('Timeliness held at half');
    expect(words).toContain('£5,000');
  });

  it('lists the packs begun or issued, newest first, and none that was refused', async () => {
    const { body } = await http().get('/api/reports/leadership-packs').set('Cookie', reader).expect(200);
    expect(body.map((p: { month: string; status: string }) => [p.month, p.status])).toEqual([
      ['2026-03', 'issued'],
    ]);
  });

  it('refuses a month that is not one, or has not begun', async () => {
    await http().get('/api/reports/leadership-packs/2026-13').set('Cookie', reader).expect(400);
    await http().get('/api/reports/leadership-packs/march').set('Cookie', reader).expect(400);
    const toCome = await http()
      .get('/api/reports/leadership-packs/2999-01')
      .set('Cookie', reader)
      .expect(422);
    expect(toCome.body.code).toBe('month_to_come');
  });

  it('lets readers of the leadership report read it, and only the senior roles write and issue it', async () => {
    await http()
      .put('/api/reports/leadership-packs/2026-05/narrative')
      .set('Cookie', reader)
      .send({ narrative: 'Not mine to write.' })
      .expect(403);
    await http().post('/api/reports/leadership-packs/2026-05/issue').set('Cookie', reader).expect(403);
    const presenter = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    await http().get('/api/reports/leadership-packs/2026-05').set('Cookie', presenter).expect(403);
  });
});
