import { addDays } from '@convene/domain';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aPdf, asBytes } from './support/evidence-files.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe("a disagreement's papers: the family's letters and the Tribunal's documents, filed on it", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: TestUser;
  const cookie: Record<string, string> = {};
  const today = todayInEngland();

  const http = () => request(test.app.getHttpServer());
  const counts = async () => {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM evidence_items) AS documents,
              (SELECT count(*)::int FROM audit_records WHERE entity_type = 'evidence_item') AS audits`,
    );
    return row as { documents: number; audits: number };
  };
  /** A child on the officer's caseload with an appeal against a refusal to assess. */
  const anAppeal = async (officer = flo.id) => {
    const { childId } = await aCase(dataSource, { flo: officer, receivedOn: addDays(today, -90) });
    const opened = await http()
      .post(`/api/cases/${childId}/disagreements`)
      .set('Cookie', officer === flo.id ? cookie.flo! : cookie.manager!)
      .send({
        kind: 'appeal',
        appealableDecision: 'refusal_to_assess',
        decisionNotifiedOn: addDays(today, -60),
        openedOn: addDays(today, -10),
        summary: 'Appeal against the refusal to assess',
      })
      .expect(201);
    return { childId, disagreementId: opened.body.id as string };
  };
  const file = (
    childId: string,
    disagreementId: string,
    content: Buffer,
    fields: Record<string, string> = {},
    as = cookie.flo!,
  ) => {
    let call = http()
      .post(`/api/cases/${childId}/disagreements/${disagreementId}/documents`)
      .set('Cookie', as);
    for (const [name, value] of Object.entries({
      kind: 'tribunal_appeal_notice',
      title: 'Tribunal notice of appeal',
      ...fields,
    }))
      call = call.field(name, value);
    return call.attach('file', content, { filename: 'SEND41 notice.pdf', contentType: 'application/pdf' });
  };
  const register = async (childId: string, as = cookie.flo!) =>
    (await http().get(`/api/cases/${childId}/disagreements`).set('Cookie', as).expect(200)).body as {
      id: string;
      documents: { id: string }[];
    }[];

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    await anAgency(dataSource, 'salt', 'health');
    flo = await aUser(dataSource, { roles: ['presenter'] });
    cookie.flo = await signIn(test, flo);
    cookie.otherFlo = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    cookie.manager = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    cookie.panelMember = await signIn(test, await aUser(dataSource, { roles: ['panel_member'] }));
    cookie.speechTherapist = await signIn(
      test,
      await aUser(dataSource, { roles: ['health_team_rep'], agencyCode: 'salt', agencyKind: 'health' }),
    );
  });
  afterAll(async () => {
    await test?.close();
  });

  it("files the Tribunal's notice on the appeal: listed with it, not among the panel's evidence, read back byte for byte", async () => {
    const { childId, disagreementId } = await anAppeal();
    const pdf = aPdf('SEND41');
    const filed = await file(childId, disagreementId, pdf).expect(201);
    expect(filed.body).toMatchObject({
      childId,
      disagreementId,
      requestId: null,
      kind: 'tribunal_appeal_notice',
      title: 'Tribunal notice of appeal',
      fileName: 'SEND41 notice.pdf',
      mediaType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
      uploadedBy: { id: flo.id },
    });

    const [appeal] = await register(childId, cookie.panelMember);
    expect(appeal!.documents).toEqual([filed.body]);
    const evidence = await http()
      .get(`/api/cases/${childId}/evidence`)
      .set('Cookie', cookie.panelMember!)
      .expect(200);
    expect(evidence.body).toEqual([]);

    const read = await http()
      .get(`/api/evidence/${filed.body.id}/content`)
      .set('Cookie', cookie.panelMember!)
      .buffer(true)
      .parse(asBytes as never)
      .expect(200);
    expect(Buffer.compare(read.body, pdf)).toBe(0);
    expect(read.headers['content-type']).toBe('application/pdf');
  });

  it('puts the filing and every read of the document in the audit trail, with no title or file name', async () => {
    const { childId, disagreementId } = await anAppeal();
    const filed = await file(childId, disagreementId, aPdf(), {
      kind: 'family_letter',
      title: 'Letter from Wobbly Testcase’s mother',
    }).expect(201);
    await http().get(`/api/evidence/${filed.body.id}/content`).set('Cookie', cookie.manager!).expect(200);
    const trail = await dataSource.query(
      `SELECT action, actor_id, after FROM audit_records WHERE entity_id = $1 ORDER BY id`,
      [filed.body.id],
    );
    expect(trail).toEqual([
      {
        action: 'evidence.uploaded',
        actor_id: flo.id,
        after: expect.objectContaining({ childId, disagreementId, kind: 'family_letter' }),
      },
      {
        action: 'evidence.downloaded',
        actor_id: expect.any(String),
        after: { childId, disagreementId },
      },
    ]);
    expect(trail[1].actor_id).not.toBe(flo.id);
    expect(JSON.stringify(trail)).not.toMatch(/Wobbly|Testcase|SEND41/);
  });

  it("refuses another officer's case and a disagreement on another child's case, writing nothing", async () => {
    const { childId, disagreementId } = await anAppeal();
    const before = await counts();
    const notTheirs = await file(childId, disagreementId, aPdf(), {}, cookie.otherFlo).expect(403);
    expect(notTheirs.body.message).toMatch(/^This is not your case/);
    const elsewhere = await anAppeal();
    const wrongCase = await file(childId, elsewhere.disagreementId, aPdf()).expect(404);
    expect(wrongCase.body.code).toBe('disagreement_not_found');
    const missing = await file(childId, '00000000-0000-4000-8000-000000000000', aPdf()).expect(404);
    expect(missing.body.code).toBe('disagreement_not_found');
    expect(await counts()).toEqual(before);
  });

  it('keeps the papers from anyone who may not see the case', async () => {
    const { childId, disagreementId } = await anAppeal();
    const filed = await file(childId, disagreementId, aPdf()).expect(201);
    await http()
      .get(`/api/evidence/${filed.body.id}/content`)
      .set('Cookie', cookie.speechTherapist!)
      .expect(404);
    await http()
      .get(`/api/cases/${childId}/disagreements`)
      .set('Cookie', cookie.speechTherapist!)
      .expect(404);
    const reads = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'evidence.downloaded' AND entity_id = $1`,
      [filed.body.id],
    );
    expect(reads[0].n).toBe(0);
  });

  it('refuses a text file renamed .pdf, a panel kind of evidence and a blank title, storing nothing', async () => {
    const { childId, disagreementId } = await anAppeal();
    const before = await counts();
    const text = await file(childId, disagreementId, Buffer.from('Not a PDF at all\n')).expect(415);
    expect(text.body.code).toBe('unsupported_file_type');
    const panelKind = await file(childId, disagreementId, aPdf(), { kind: 'ep_advice' }).expect(400);
    expect(panelKind.body.fields.map((f: { field: string }) => f.field)).toEqual(['kind']);
    const blank = await file(childId, disagreementId, aPdf(), { title: '  ' }).expect(400);
    expect(blank.body.fields.map((f: { field: string }) => f.field)).toEqual(['title']);
    const noFile = await http()
      .post(`/api/cases/${childId}/disagreements/${disagreementId}/documents`)
      .set('Cookie', cookie.flo!)
      .field('kind', 'family_letter')
      .field('title', 'Letter')
      .expect(400);
    expect(noFile.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    // A Tribunal paper is filed on its disagreement, never among the evidence a panel weighs.
    const asEvidence = await http()
      .post(`/api/cases/${childId}/evidence`)
      .set('Cookie', cookie.flo!)
      .field('kind', 'tribunal_decision')
      .field('title', 'Order')
      .attach('file', aPdf(), 'order.pdf')
      .expect(400);
    expect(asEvidence.body.fields.map((f: { field: string }) => f.field)).toEqual(['kind']);
    expect(await counts()).toEqual(before);
    expect((await register(childId))[0]!.documents).toEqual([]);
  });

  it('lets a SEND manager file the council’s response on any case', async () => {
    const { childId, disagreementId } = await anAppeal();
    const filed = await file(
      childId,
      disagreementId,
      aPdf(),
      { kind: 'council_response', title: 'Response to the appeal' },
      cookie.manager,
    ).expect(201);
    expect(filed.body.kind).toBe('council_response');
  });
});
