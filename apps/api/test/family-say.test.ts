import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { SessionsService } from '../src/identity/sessions.service.js';
import { addDays } from '@convene/domain';
import { aPdf } from './support/evidence-files.js';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe("the family's say: their views, their feedback, and what the service did", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let manager: string;
  let panelMember: string;
  let flo: string;
  const http = () => request(test.app.getHttpServer());

  /** A family member with an account for the child, signed in: their session cookie. */
  async function aFamilyMemberOf(
    childId: string,
    options: { relationship?: string; contactRestricted?: boolean } = {},
  ): Promise<{ userId: string; cookie: string }> {
    const [user] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, agency_id, roles)
       SELECT $1, 'Sam Taylor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
      [`parent-${randomBytes(4).toString('hex')}@family.example`],
    );
    await dataSource.query(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, contact_restricted, added_by)
       VALUES ($1, $2, 'parent_carer', $3, $4, $5)`,
      [user!.id, childId, options.relationship ?? 'mum', options.contactRestricted ?? false, flo],
    );
    const { token } = await test.app.get(SessionsService).start(user!.id, 'link');
    return { userId: user!.id, cookie: `convene_session=${token}` };
  }

  const sendViews = (childId: string, cookie: string, kind: string, file: Buffer, name = 'our views.pdf') =>
    http()
      .post(`/api/family/children/${childId}/views`)
      .set('Cookie', cookie)
      .field('kind', kind)
      .attach('file', file, name);

  const evidenceCount = async (childId: string) =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM evidence_items WHERE child_id = $1`,
        [childId],
      )
    )[0]!.n;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    manager = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    panelMember = await signIn(test, await aUser(dataSource, { roles: ['panel_member'] }));
    flo = (await aUser(dataSource, { roles: ['presenter'] })).id;
  });
  afterAll(async () => {
    await test?.close();
  });

  // First, before any other test here sends feedback today.
  it("counts families' feedback for leadership: the last 90 days against the 90 before", async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMemberOf(childId);
    const today = todayInEngland();
    const rows: [number, string][] = [
      [5, today],
      [4, addDays(today, -10)],
      [2, addDays(today, -89)],
      [1, addDays(today, -90)],
      [5, addDays(today, -179)],
      [3, addDays(today, -180)],
    ];
    for (const [rating, sentOn] of rows)
      await dataSource.query(
        `INSERT INTO family_feedback (user_id, child_id, rating, sent_on) VALUES ($1, $2, $3, $4)`,
        [parent.userId, childId, rating, sentOn],
      );
    const { body } = await http()
      .get('/api/dashboard/family-feedback')
      .set('Cookie', panelMember)
      .expect(200);
    expect(body).toEqual({
      countedOn: today,
      last90Days: { from: addDays(today, -89), to: today, count: 3, meanRating: 3.7, percentGood: 67 },
      previous90Days: {
        from: addDays(today, -179),
        to: addDays(today, -90),
        count: 2,
        meanRating: 3,
        percentGood: 50,
      },
    });
    await dataSource.query(`DELETE FROM family_feedback WHERE user_id = $1`, [parent.userId]);
  });

  it("takes a parent's views into the case as evidence the panel sees, marked as sent by the family", async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMemberOf(childId, { relationship: 'mum' });
    const { body: sent } = await sendViews(
      childId,
      parent.cookie,
      'child_views',
      aPdf('All about me'),
    ).expect(201);
    expect(sent).toEqual({
      id: expect.any(String),
      kind: 'child_views',
      fileName: 'our views.pdf',
      sizeBytes: aPdf('All about me').length,
      sentOn: todayInEngland(),
      yours: true,
      sentBy: 'mum',
    });
    const { body: evidence } = await http()
      .get(`/api/cases/${childId}/evidence`)
      .set('Cookie', manager)
      .expect(200);
    expect(evidence).toEqual([
      expect.objectContaining({
        id: sent.id,
        kind: 'child_views',
        title: 'The child’s own views (All about me)',
        uploadedBy: { id: parent.userId, displayName: 'Sam Taylor' },
        sentByFamily: { relationship: 'mum' },
      }),
    ]);
    const { body: listed } = await http()
      .get(`/api/family/children/${childId}/views`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(listed).toEqual([sent]);
    const audit = await dataSource.query(`SELECT action, actor_id FROM audit_records WHERE entity_id = $1`, [
      sent.id,
    ]);
    expect(audit).toEqual([{ action: 'family.views_uploaded', actor_id: parent.userId }]);
    const listings = await dataSource.query(
      `SELECT actor_id FROM audit_records WHERE entity_id = $1 AND action = 'family.views_listed'`,
      [childId],
    );
    expect(listings).toEqual([{ actor_id: parent.userId }]);
  });

  it('marks what staff add as not from the family', async () => {
    const { childId } = await aCase(dataSource);
    await http()
      .post(`/api/cases/${childId}/evidence`)
      .set('Cookie', manager)
      .field('kind', 'parent_views')
      .field('title', 'Parent views taken by phone')
      .attach('file', aPdf(), 'call.pdf')
      .expect(201);
    const { body } = await http().get(`/api/cases/${childId}/evidence`).set('Cookie', manager).expect(200);
    expect(body[0].sentByFamily).toBeNull();
  });

  it("refuses another child's case as if it did not exist, and stores nothing", async () => {
    const own = await aCase(dataSource);
    const other = await aCase(dataSource);
    const parent = await aFamilyMemberOf(own.childId);
    const refused = await sendViews(other.childId, parent.cookie, 'parent_views', aPdf()).expect(404);
    expect(refused.body.code).toBe('family_child_not_found');
    const unknown = await sendViews(
      '00000000-0000-4000-8000-000000000000',
      parent.cookie,
      'parent_views',
      aPdf(),
    ).expect(404);
    expect(unknown.body.code).toBe('family_child_not_found');
    expect(
      (
        await http()
          .get(`/api/family/children/${other.childId}/views`)
          .set('Cookie', parent.cookie)
          .expect(404)
      ).body.code,
    ).toBe('family_child_not_found');
    expect(
      (
        await http()
          .post(`/api/family/children/${other.childId}/feedback`)
          .set('Cookie', parent.cookie)
          .send({ rating: 4 })
          .expect(404)
      ).body.code,
    ).toBe('family_child_not_found');
    expect(await evidenceCount(other.childId)).toBe(0);
  });

  it("refuses staff on the family's routes, and families on the service's", async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMemberOf(childId);
    await sendViews(childId, manager, 'parent_views', aPdf()).expect(403);
    await http().get(`/api/family/children/${childId}/views`).set('Cookie', manager).expect(403);
    await http().get('/api/family/you-said-we-did').set('Cookie', manager).expect(403);
    await http()
      .post(`/api/family/children/${childId}/feedback`)
      .set('Cookie', manager)
      .send({ rating: 5 })
      .expect(403);
    await http().get(`/api/cases/${childId}/evidence`).set('Cookie', parent.cookie).expect(403);
    await http().get('/api/you-said-we-did').set('Cookie', parent.cookie).expect(403);
    await http()
      .post('/api/you-said-we-did')
      .set('Cookie', parent.cookie)
      .send({ youSaid: 'a', weDid: 'b' })
      .expect(403);
    await http().get('/api/dashboard/family-feedback').set('Cookie', parent.cookie).expect(403);
  });

  it('refuses a file that fails the checks with the code staff get, and stores nothing', async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMemberOf(childId);
    const notAPdf = await sendViews(
      childId,
      parent.cookie,
      'parent_views',
      Buffer.from('just some text, not a PDF'),
      'views.pdf',
    ).expect(415);
    expect(notAPdf.body.code).toBe('unsupported_file_type');
    const staff = await http()
      .post(`/api/cases/${childId}/evidence`)
      .set('Cookie', manager)
      .field('kind', 'parent_views')
      .field('title', 'Views')
      .attach('file', Buffer.from('just some text, not a PDF'), 'views.pdf')
      .expect(415);
    expect(staff.body.code).toBe(notAPdf.body.code);
    const empty = await sendViews(childId, parent.cookie, 'parent_views', Buffer.alloc(0)).expect(400);
    expect(empty.body.code).toBe('validation_failed');
    const wrongKind = await sendViews(childId, parent.cookie, 'ep_advice', aPdf()).expect(400);
    expect(wrongKind.body.fields).toEqual([{ field: 'kind', messages: ['Choose whose views these are'] }]);
    const noFile = await http()
      .post(`/api/family/children/${childId}/views`)
      .set('Cookie', parent.cookie)
      .field('kind', 'parent_views')
      .expect(400);
    expect(noFile.body.fields[0].field).toBe('file');
    expect(await evidenceCount(childId)).toBe(0);
  });

  it("shows a parent the other parent's files, unless either is contact-restricted", async () => {
    const { childId } = await aCase(dataSource);
    const mum = await aFamilyMemberOf(childId, { relationship: 'mum' });
    const dad = await aFamilyMemberOf(childId, { relationship: 'dad' });
    const stepdad = await aFamilyMemberOf(childId, { relationship: 'stepdad', contactRestricted: true });
    await sendViews(childId, mum.cookie, 'parent_views', aPdf('mum'), 'mum.pdf').expect(201);
    await sendViews(childId, stepdad.cookie, 'parent_views', aPdf('stepdad'), 'stepdad.pdf').expect(201);
    const seen = async (cookie: string) =>
      (await http().get(`/api/family/children/${childId}/views`).set('Cookie', cookie).expect(200)).body.map(
        (v: { fileName: string; yours: boolean; sentBy: string }) => [v.fileName, v.yours, v.sentBy],
      );
    expect(await seen(dad.cookie)).toEqual([['mum.pdf', false, 'mum']]);
    expect(await seen(mum.cookie)).toEqual([['mum.pdf', true, 'mum']]);
    expect(await seen(stepdad.cookie)).toEqual([['stepdad.pdf', true, 'stepdad']]);
  });

  it('keeps a family’s feedback, and takes only one a day for each child', async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMemberOf(childId);
    const { body } = await http()
      .post(`/api/family/children/${childId}/feedback`)
      .set('Cookie', parent.cookie)
      .send({ rating: 4, wentWell: '  The officer rang us back.  ', couldBeBetter: '' })
      .expect(201);
    expect(body).toEqual({ id: expect.any(String), rating: 4, sentAt: expect.any(String) });
    const again = await http()
      .post(`/api/family/children/${childId}/feedback`)
      .set('Cookie', parent.cookie)
      .send({ rating: 1 })
      .expect(409);
    expect(again.body.code).toBe('feedback_already_sent_today');
    const stored = await dataSource.query(
      `SELECT rating, went_well, could_be_better FROM family_feedback WHERE user_id = $1`,
      [parent.userId],
    );
    expect(stored).toEqual([{ rating: 4, went_well: 'The officer rang us back.', could_be_better: null }]);
    const audit = await dataSource.query(`SELECT action, after FROM audit_records WHERE entity_id = $1`, [
      body.id,
    ]);
    expect(audit).toEqual([{ action: 'family.feedback_sent', after: { childId, rating: 4 } }]);
    const tooLong = await http()
      .post(`/api/family/children/${childId}/feedback`)
      .set('Cookie', parent.cookie)
      .send({ rating: 6, wentWell: 'x'.repeat(2001) })
      .expect(400);
    expect(tooLong.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['rating', 'wentWell']);
  });

  it('shows families "You said, we did" once written, and no longer once withdrawn', async () => {
    const { childId } = await aCase(dataSource);
    const parent = await aFamilyMemberOf(childId);
    const { body: entry } = await http()
      .post('/api/you-said-we-did')
      .set('Cookie', manager)
      .send({
        youSaid: 'You said our letters were hard to read.',
        weDid: 'We rewrote them with the parent carer forum.',
      })
      .expect(201);
    expect(entry).toMatchObject({ publishedOn: todayInEngland(), withdrawnAt: null });
    await http()
      .post('/api/you-said-we-did')
      .set('Cookie', manager)
      .send({ youSaid: 'Later', weDid: 'Not yet', publishedOn: addDays(todayInEngland(), 7) })
      .expect(201);
    const { body: read } = await http()
      .get('/api/family/you-said-we-did')
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(read).toEqual([
      {
        id: entry.id,
        youSaid: 'You said our letters were hard to read.',
        weDid: 'We rewrote them with the parent carer forum.',
        publishedOn: todayInEngland(),
      },
    ]);
    const { body: withdrawn } = await http()
      .post(`/api/you-said-we-did/${entry.id}/withdraw`)
      .set('Cookie', manager)
      .expect(200);
    expect(withdrawn.withdrawnAt).not.toBeNull();
    const twice = await http()
      .post(`/api/you-said-we-did/${entry.id}/withdraw`)
      .set('Cookie', manager)
      .expect(409);
    expect(twice.body.code).toBe('you_said_we_did_already_withdrawn');
    expect(
      (await http().get('/api/family/you-said-we-did').set('Cookie', parent.cookie).expect(200)).body,
    ).toEqual([]);
    const { body: all } = await http().get('/api/you-said-we-did').set('Cookie', manager).expect(200);
    expect(all.map((e: { id: string }) => e.id)).toContain(entry.id);
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY occurred_at`,
      [entry.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'you_said_we_did.written',
      'you_said_we_did.withdrawn',
    ]);
    await http()
      .post('/api/you-said-we-did')
      .set('Cookie', manager)
      .send({ youSaid: '   ', weDid: 'x'.repeat(1001) })
      .expect(400);
  });
});
