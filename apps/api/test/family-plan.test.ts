import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { SessionsService } from '../src/identity/sessions.service.js';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The day `days` days before today in England, as the statutory clock counts. */
const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe("a family reads their child's draft plan, comments on it and names a school", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let officer: string;
  const http = () => request(test.app.getHttpServer());

  /** A parent with an account for the child, signed in by link: their session cookie. */
  async function aParentOf(
    childId: string,
    relationship = 'mum',
  ): Promise<{ userId: string; cookie: string }> {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    const [user] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, agency_id, roles)
       SELECT $1, 'Sam Taylor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
      [`parent-${randomBytes(4).toString('hex')}@family.example`],
    );
    await dataSource.query(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', $3, $4)`,
      [user!.id, childId, relationship, flo.id],
    );
    const { token } = await test.app.get(SessionsService).start(user!.id, 'link');
    return { userId: user!.id, cookie: `convene_session=${token}` };
  }

  /** A case whose draft plan was sent `sentDaysAgo` days ago (0: today), with sections A, F and I written. */
  async function aDraftPlan(sentDaysAgo: number) {
    const made = await aCase(dataSource, { receivedOn: '2026-01-05', givenName: 'Robin' });
    const sentOn = daysAgo(sentDaysAgo);
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'draft_issued', decision_to_assess_on = '2026-02-10',
              decision_to_issue_on = $2, draft_issued_on = $2 WHERE id = $1`,
      [made.requestId, sentOn],
    );
    await dataSource.query(
      `INSERT INTO plan_sections (request_id, section, text) VALUES
         ($1, 'a', 'Robin loves trains.' || chr(10) || 'Robin wants to be a driver.'),
         ($1, 'f', 'A teaching assistant every morning.'),
         ($1, 'i', 'To be named.')`,
      [made.requestId],
    );
    return { ...made, sentOn };
  }

  const countOf = async (table: string, requestId: string) =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'audit_records' ? 'entity_id' : 'request_id'} = $1`,
        [requestId],
      )
    )[0]!.n;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    officer = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
  });
  afterAll(async () => {
    await test?.close();
  });

  it('shows the draft in plain words, with the days left to comment, and puts the reading in the audit trail', async () => {
    const { childId, requestId } = await aDraftPlan(3);
    const parent = await aParentOf(childId);
    const { body } = await http()
      .get(`/api/family/children/${childId}/plan`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(body).toMatchObject({
      child: { id: childId, firstName: 'Robin' },
      kind: 'draft',
      issuedOn: daysAgo(3),
      commentWindow: { lastDay: daysAgo(3 - 14), daysLeft: 12, open: true },
      yourComments: [],
    });
    expect(body.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'A: About me — what is important to me',
      'B: What I need help with to learn',
      'C: My health needs',
      'D: My social care needs',
      'E: My goals — what I want to be able to do',
      'F: The help I will get at school',
      'G: The help I will get for my health',
      'H1: The help I will get from social care',
      'H2: More help from social care',
      'I: My school or college',
      'J: My personal budget — money for my help',
      'K: The advice we used to write this plan',
    ]);
    expect(body.sections[0].text).toBe('Robin loves trains.\nRobin wants to be a driver.');
    expect(body.sections[1].text).toBeNull();
    const audit = await dataSource.query(
      `SELECT action, actor_id FROM audit_records WHERE entity_id = $1 AND action = 'family.plan_viewed'`,
      [requestId],
    );
    expect(audit).toEqual([{ action: 'family.plan_viewed', actor_id: parent.userId }]);
  });

  it('stores comments and a preferred school while the draft is open, audited, and shows the family only their own', async () => {
    const { childId, requestId } = await aDraftPlan(0);
    const mum = await aParentOf(childId, 'mum');
    const dad = await aParentOf(childId, 'dad');
    const sent = await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', mum.cookie)
      .send({ comments: '  Section F needs more speech therapy.\nThank you.  ', preferredSchool: 'Oak Hill' })
      .expect(201);
    expect(sent.body).toEqual({
      id: expect.any(String),
      comments: 'Section F needs more speech therapy.\nThank you.',
      preferredSchool: 'Oak Hill',
      sentAt: expect.any(String),
    });
    // Several may be sent while it is open; the school is optional.
    await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', mum.cookie)
      .send({ comments: 'One more thing about section A.' })
      .expect(201);
    await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', dad.cookie)
      .send({ comments: 'Dad’s view.' })
      .expect(201);

    const mine = await http()
      .get(`/api/family/children/${childId}/plan`)
      .set('Cookie', mum.cookie)
      .expect(200);
    expect(mine.body.yourComments.map((c: { comments: string }) => c.comments)).toEqual([
      'Section F needs more speech therapy.\nThank you.',
      'One more thing about section A.',
    ]);
    expect(mine.body.commentWindow).toMatchObject({ daysLeft: 15, open: true });

    const audit = await dataSource.query<{ actor_id: string; after: { draftPlanCommentId: string } }[]>(
      `SELECT actor_id, after FROM audit_records WHERE entity_id = $1 AND action = 'family.draft_commented'
        ORDER BY occurred_at`,
      [requestId],
    );
    expect(audit.map((a) => a.actor_id)).toEqual([mum.userId, mum.userId, dad.userId]);
    expect(audit[0]!.after.draftPlanCommentId).toBe(sent.body.id);
    // The comments' words are not copied into the audit trail.
    expect(JSON.stringify(audit)).not.toContain('speech therapy');

    // The council sees all of them, newest first, with who sent each.
    const council = await http()
      .get(`/api/cases/${childId}/draft-plan-comments`)
      .set('Cookie', officer)
      .expect(200);
    expect(
      council.body.map((c: { sentBy: { relationship: string }; preferredSchool: string | null }) => [
        c.sentBy.relationship,
        c.preferredSchool,
      ]),
    ).toEqual([
      ['dad', null],
      ['mum', null],
      ['mum', 'Oak Hill'],
    ]);
    expect(council.body[0]).toMatchObject({
      requestId,
      sentBy: { name: 'Sam Taylor', kind: 'parent_carer' },
    });
  });

  it('keeps what was sent: the database refuses to change or delete it', async () => {
    const { childId } = await aDraftPlan(1);
    const parent = await aParentOf(childId);
    const { body } = await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', parent.cookie)
      .send({ comments: 'Kept as sent.' })
      .expect(201);
    await expect(
      dataSource.query(`UPDATE draft_plan_comments SET comments = 'changed' WHERE id = $1`, [body.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query(`DELETE FROM draft_plan_comments WHERE id = $1`, [body.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('takes comments on the 15th day, and refuses them on the 16th, storing nothing', async () => {
    const lastDay = await aDraftPlan(14);
    const onLastDay = await aParentOf(lastDay.childId);
    await http()
      .post(`/api/family/children/${lastDay.childId}/plan/comments`)
      .set('Cookie', onLastDay.cookie)
      .send({ comments: 'Just in time.' })
      .expect(201);

    const { childId, requestId } = await aDraftPlan(15);
    const parent = await aParentOf(childId);
    const plan = await http()
      .get(`/api/family/children/${childId}/plan`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(plan.body.commentWindow).toEqual({ lastDay: daysAgo(1), daysLeft: 0, open: false });
    const auditBefore = await countOf('audit_records', requestId);
    const refused = await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', parent.cookie)
      .send({ comments: 'Too late?', preferredSchool: 'Oak Hill' })
      .expect(409);
    expect(refused.body.code).toBe('draft_comments_closed');
    expect(await countOf('draft_plan_comments', requestId)).toBe(0);
    expect(await countOf('audit_records', requestId)).toBe(auditBefore);
  });

  it('refuses comments before any draft is sent (409), and says there is no plan to read (404)', async () => {
    const { childId, requestId } = await aCase(dataSource);
    const parent = await aParentOf(childId);
    const none = await http()
      .get(`/api/family/children/${childId}/plan`)
      .set('Cookie', parent.cookie)
      .expect(404);
    expect(none.body.code).toBe('family_plan_not_found');
    const refused = await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', parent.cookie)
      .send({ comments: 'Early.' })
      .expect(409);
    expect(refused.body.code).toBe('draft_comments_closed');
    expect(await countOf('draft_plan_comments', requestId)).toBe(0);
  });

  it('shows the final plan read-only once it is issued: no comment window, and comments refused', async () => {
    const { childId, requestId } = await aDraftPlan(5);
    const parent = await aParentOf(childId);
    await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', parent.cookie)
      .send({ comments: 'Before the final.' })
      .expect(201);
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = $2 WHERE id = $1`,
      [requestId, daysAgo(0)],
    );
    const { body } = await http()
      .get(`/api/family/children/${childId}/plan`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(body).toMatchObject({ kind: 'final', issuedOn: daysAgo(0), commentWindow: null });
    expect(body.yourComments).toHaveLength(1);
    const refused = await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', parent.cookie)
      .send({ comments: 'After the final.' })
      .expect(409);
    expect(refused.body.code).toBe('draft_comments_closed');
    expect(await countOf('draft_plan_comments', requestId)).toBe(1);
  });

  it("answers another child's plan as if it did not exist, and refuses staff the family's routes and the family the council's", async () => {
    const own = await aDraftPlan(2);
    const other = await aDraftPlan(2);
    const parent = await aParentOf(own.childId);
    for (const call of [
      http().get(`/api/family/children/${other.childId}/plan`),
      http().post(`/api/family/children/${other.childId}/plan/comments`).send({ comments: 'Not mine.' }),
    ]) {
      const refused = await call.set('Cookie', parent.cookie).expect(404);
      expect(refused.body.code).toBe('family_plan_not_found');
    }
    expect(await countOf('draft_plan_comments', other.requestId)).toBe(0);
    expect(await countOf('audit_records', other.requestId)).toBe(0);
    await http().get(`/api/family/children/${own.childId}/plan`).set('Cookie', officer).expect(403);
    await http()
      .post(`/api/family/children/${own.childId}/plan/comments`)
      .set('Cookie', officer)
      .send({ comments: 'Staff.' })
      .expect(403);
    await http()
      .get(`/api/cases/${own.childId}/draft-plan-comments`)
      .set('Cookie', parent.cookie)
      .expect(403);
    // Access removed: the plan is gone from their account.
    await dataSource.query(`UPDATE family_links SET removed_at = now() WHERE user_id = $1`, [parent.userId]);
    await http().get(`/api/family/children/${own.childId}/plan`).set('Cookie', parent.cookie).expect(404);
  });

  it('refuses bad comments with a 400 naming the field, storing nothing', async () => {
    const { childId, requestId } = await aDraftPlan(1);
    const parent = await aParentOf(childId);
    const bad: [unknown, string][] = [
      [{}, 'comments'],
      [{ comments: '' }, 'comments'],
      [{ comments: '   ' }, 'comments'],
      [{ comments: 'x'.repeat(10_001) }, 'comments'],
      [{ comments: 42 }, 'comments'],
      [{ comments: ['a'] }, 'comments'],
      [{ comments: 'Fine.', preferredSchool: '' }, 'preferredSchool'],
      [{ comments: 'Fine.', preferredSchool: 'x'.repeat(201) }, 'preferredSchool'],
      [{ comments: 'Fine.', preferredSchool: 7 }, 'preferredSchool'],
      [{ comments: 'Fine.', childId }, 'childId'],
    ];
    for (const [body, field] of bad) {
      const refused = await http()
        .post(`/api/family/children/${childId}/plan/comments`)
        .set('Cookie', parent.cookie)
        .send(body as object)
        .expect(400);
      expect(
        refused.body.fields.map((f: { field: string }) => f.field),
        JSON.stringify(body).slice(0, 80),
      ).toContain(field);
    }
    expect(await countOf('draft_plan_comments', requestId)).toBe(0);
    // The longest allowed is taken.
    await http()
      .post(`/api/family/children/${childId}/plan/comments`)
      .set('Cookie', parent.cookie)
      .send({ comments: 'x'.repeat(10_000), preferredSchool: 'y'.repeat(200) })
      .expect(201);
  });
});
