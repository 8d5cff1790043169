import type { EhcPlanInFull, RedactedEhcPlan } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMatrixRow } from '../src/identity/authorization-matrix.js';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Everything that names or dates the child in the plan below: none of it may reach a parent reviewer. */
const PERSONAL = [
  'Amara',
  'Wobbleton',
  'Nadia',
  'Gareth',
  '2016-05-04',
  '04/05/2016',
  '4 May 2016',
  'Kestrel Way',
  '14 Orchard Close',
  'FN3 4QT',
  '07700 900412',
  'nadia.wobbleton@example.net',
];

describe("parent reviewers' redacted, pseudonymous view of a sampled plan", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let parentReviewer: TestUser;
  let outsideParentReviewer: TestUser;
  let qaReviewer: TestUser;
  let admin: TestUser;
  let healthRep: TestUser;
  let sampled: { childId: string; requestId: string; reference: string };
  let unsampled: { requestId: string };
  let sampleId: string;
  let meetingId: string;
  let planItemId: string;
  let otherItemId: string;
  const cookies = new Map<string, string>();
  const get = (path: string, user: TestUser) =>
    request(test.app.getHttpServer()).get(path).set('Cookie', cookies.get(user.id)!);

  /** A child with a final plan: its parents, its setting, and sections A, B, E, F, I and K (C, D, G, H1, H2 and J left out). */
  const anIssuedPlan = async () => {
    const plan = await aCase(dataSource, {
      givenName: 'Amara',
      familyName: 'Wobbleton',
      locality: 'westholm',
    });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = '2026-03-02' WHERE id = $1`,
      [plan.requestId],
    );
    await dataSource.query(`UPDATE children SET setting_name = 'Kestrel Way Primary School' WHERE id = $1`, [
      plan.childId,
    ]);
    await dataSource.query(
      `INSERT INTO parent_carers (child_id, name, relationship) VALUES ($1, 'Nadia Wobbleton', 'mum'), ($1, 'Gareth Applethwaite', 'dad')`,
      [plan.childId],
    );
    const sections: [string, string][] = [
      [
        'a',
        "Amara Wobbleton (date of birth 4 May 2016, DOB 04/05/2016) lives with mum, Nadia, at 14 Orchard Close, Westholm FN3 4QT. Amara's dad, Mr Applethwaite, says AMARA loves trains.",
      ],
      ['b', 'Amara has a diagnosis of autism (2016-05-04 is not her diagnosis date).'],
      ['e', 'By the end of Key Stage 2, Amara will ask for help with a card in 4 out of 5 lessons.'],
      ['f', 'Speech and language therapy: three 20-minute sessions a week at Kestrel Way Primary.'],
      ['i', 'Kestrel Way Primary School'],
      [
        'k',
        'Parental advice from Nadia Wobbleton, 07700 900412, nadia.wobbleton@example.net. The Wobbleton family agreed the plan.',
      ],
    ];
    for (const [section, text] of sections)
      await dataSource.query(`INSERT INTO plan_sections (request_id, section, text) VALUES ($1, $2, $3)`, [
        plan.requestId,
        section,
        text,
      ]);
    return plan;
  };

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair', 'qa_reviewer'] });
    parentReviewer = await aUser(dataSource, {
      roles: ['parent_reviewer'],
      agencyCode: 'parent_carer_forum',
      agencyKind: 'parent_carer_forum',
    });
    outsideParentReviewer = await aUser(dataSource, {
      roles: ['parent_reviewer'],
      agencyCode: 'parent_carer_forum',
      agencyKind: 'parent_carer_forum',
    });
    qaReviewer = await aUser(dataSource, { roles: ['qa_reviewer'] });
    admin = await aUser(dataSource, { roles: ['admin'] });
    healthRep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    for (const user of [chair, parentReviewer, outsideParentReviewer, qaReviewer, admin, healthRep])
      cookies.set(user.id, await signIn(test, user));

    sampled = await anIssuedPlan();
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, theme) VALUES ('quality', 'Quality group', now(), now() + interval '2 hours', 'Co-production') RETURNING id`,
    );
    meetingId = meeting.id;
    await dataSource.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member'), ($1, $4, 'member')`,
      [meetingId, chair.id, parentReviewer.id, qaReviewer.id],
    );
    const sample = await request(test.app.getHttpServer())
      .post('/api/quality/dip-samples')
      .set('Cookie', cookies.get(chair.id)!)
      .send({ tier: 'multiagency', size: 1, meetingId })
      .expect(201);
    sampleId = sample.body.id;
    expect(sample.body.plans.map((p: { requestId: string }) => p.requestId)).toEqual([sampled.requestId]);
    [{ id: planItemId }] = await dataSource.query(
      `SELECT id FROM agenda_items WHERE meeting_id = $1 AND kind = 'dip_sample'`,
      [meetingId],
    );

    // Drawn after the sample, so it is in none; and put before the same meeting as another kind of item.
    unsampled = await anIssuedPlan();
    [{ id: otherItemId }] = await dataSource.query(
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id) VALUES ($1, 99, 'decision_to_assess', $2) RETURNING id`,
      [meetingId, unsampled.requestId],
    );
  });
  afterAll(async () => {
    await test?.close();
  });

  it('shows a parent reviewer the sampled plan with no name, date of birth, address or contact details anywhere', async () => {
    const response = await get(
      `/api/quality/dip-samples/${sampleId}/plans/${sampled.requestId}`,
      parentReviewer,
    ).expect(200);
    const json = JSON.stringify(response.body);
    for (const personal of PERSONAL) expect(json.toLowerCase()).not.toContain(personal.toLowerCase());
    expect(response.headers['cache-control']).toBe('private, no-store');

    const plan = response.body as RedactedEhcPlan;
    expect(plan.caseReference).toBe(sampled.reference);
    expect(plan.sections.map((s) => s.letter)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H1',
      'H2',
      'I',
      'J',
      'K',
    ]);
    const text = Object.fromEntries(plan.sections.map((s) => [s.section, s.text]));
    expect(text.a).toBe(
      "[the child] (date of birth [date], DOB [date]) lives with mum, [parent], at [address], Westholm [postcode]. [the child]'s dad, [parent], says [the child] loves trains.",
    );
    expect(text.b).toBe('[the child] has a diagnosis of autism ([date] is not her diagnosis date).');
    expect(text.e).toBe(
      'By the end of Key Stage 2, [the child] will ask for help with a card in 4 out of 5 lessons.',
    );
    expect(text.f).toBe('Speech and language therapy: three 20-minute sessions a week at [school].');
    expect(text.i).toBe('[school]');
    expect(text.k).toBe(
      'Parental advice from [parent], [phone number], [email address]. The [family name] family agreed the plan.',
    );
    // Sections the plan leaves out are shown as missing, for the reviewer to judge.
    expect([text.c, text.d, text.g, text.h1, text.h2, text.j]).toEqual([null, null, null, null, null, null]);
    expect(plan.placeholders).toContain('[the child]');
  });

  it('shows the same redacted plan through its item on the agenda of the meeting the parent reviewer sits in', async () => {
    const bySample = await get(
      `/api/quality/dip-samples/${sampleId}/plans/${sampled.requestId}`,
      parentReviewer,
    ).expect(200);
    const byItem = await get(`/api/meetings/${meetingId}/items/${planItemId}/plan`, parentReviewer).expect(
      200,
    );
    expect(byItem.body).toEqual(bySample.body);
    for (const personal of PERSONAL)
      expect(JSON.stringify(byItem.body).toLowerCase()).not.toContain(personal.toLowerCase());
  });

  it('refuses a parent reviewer any plan outside a sample, and the plan in full', async () => {
    await get(`/api/quality/dip-samples/${sampleId}/plans/${unsampled.requestId}`, parentReviewer).expect(
      404,
    );
    const other = await get(`/api/meetings/${meetingId}/items/${otherItemId}/plan`, parentReviewer).expect(
      404,
    );
    expect(other.body.code).toBe('plan_not_found');
    await get(`/api/meetings/${meetingId}/items/${planItemId}/plan`, outsideParentReviewer).expect(404);
    await get(`/api/requests/${sampled.requestId}/plan`, parentReviewer).expect(403);
    await get(`/api/requests/${unsampled.requestId}/plan`, parentReviewer).expect(403);
    await get(`/api/quality/dip-samples/${sampleId}/plans/not-a-uuid`, parentReviewer).expect(400);
  });

  it('lets quality reviewers read the redacted view too, and those who may see names the plan in full', async () => {
    await get(`/api/quality/dip-samples/${sampleId}/plans/${sampled.requestId}`, qaReviewer).expect(200);
    await get(`/api/meetings/${meetingId}/items/${planItemId}/plan`, qaReviewer).expect(200);
    // A quality reviewer who may not see a child's name on the case may not see it in the plan either.
    await get(`/api/requests/${sampled.requestId}/plan`, qaReviewer).expect(403);

    for (const reader of [chair, admin]) {
      const full = (await get(`/api/requests/${sampled.requestId}/plan`, reader).expect(200))
        .body as EhcPlanInFull;
      expect(full.caseReference).toBe(sampled.reference);
      expect(full.child).toEqual({ givenName: 'Amara', familyName: 'Wobbleton', dateOfBirth: '2016-05-04' });
      expect(full.parentCarers).toEqual([
        { name: 'Gareth Applethwaite', relationship: 'dad' },
        { name: 'Nadia Wobbleton', relationship: 'mum' },
      ]);
      expect(full.settingName).toBe('Kestrel Way Primary School');
      expect(full.finalIssuedOn).toBe('2026-03-02');
      expect(full.sections.find((s) => s.section === 'k')!.text).toBe(
        'Parental advice from Nadia Wobbleton, 07700 900412, nadia.wobbleton@example.net. The Wobbleton family agreed the plan.',
      );
      expect(full.sections.filter((s) => s.text === null).map((s) => s.letter)).toEqual([
        'C',
        'D',
        'G',
        'H1',
        'H2',
        'J',
      ]);
    }
  });

  it('reads only issued plans in full, and only of cases the reader can see', async () => {
    const notIssued = await aCase(dataSource, { givenName: 'Amara', familyName: 'Wobbleton' });
    await get(`/api/requests/${notIssued.requestId}/plan`, chair).expect(404);
    // A health team representative sees only cases triaged to their team.
    await get(`/api/requests/${sampled.requestId}/plan`, healthRep).expect(404);
    await get('/api/requests/6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60/plan', admin).expect(404);
  });

  it('has rows in the authorization matrix for the three routes', () => {
    expect(findMatrixRow('GET', '/api/quality/dip-samples/:sampleId/plans/:requestId')?.access).toEqual([
      'admin',
      'chair',
      'qa_reviewer',
      'parent_reviewer',
    ]);
    expect(findMatrixRow('GET', '/api/meetings/:meetingId/items/:itemId/plan')?.access).toBe('signed_in');
    expect(findMatrixRow('GET', '/api/requests/:requestId/plan')?.access).toEqual([
      'admin',
      'chair',
      'presenter',
      'dco',
      'dsco',
      'principal_ep',
      'health_team_rep',
      'social_care_team_rep',
      'ep_team_rep',
    ]);
  });
});
