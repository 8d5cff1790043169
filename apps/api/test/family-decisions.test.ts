import { randomBytes } from 'node:crypto';
import { annualReviewDueOn } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsService } from '../src/identity/sessions.service.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { binary, wordsOf } from './support/pdf-words.js';
import { signIn } from './support/sign-in.js';
import { MACHINE_SPEED_LIMITS, startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe("a family reads the decisions on their child's request, the advice asked for and the plan's reviews", () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let chairCookie: string;
  const clients: MeetingClient[] = [];
  const http = () => request(test.app.getHttpServer());
  const VOTE_REASON = 'A member’s private reason, never for the family';

  /** A parent with an account for the child, signed in: their session cookie. */
  async function aParentOf(childId: string): Promise<{ userId: string; cookie: string }> {
    const [user] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, agency_id, roles)
       SELECT $1, 'Sam Taylor', id, '{family}' FROM agencies WHERE code = 'families' RETURNING id`,
      [`parent-${randomBytes(4).toString('hex')}@family.example`],
    );
    await dataSource.query(
      `INSERT INTO family_links (user_id, child_id, kind, relationship, added_by) VALUES ($1, $2, 'parent_carer', 'dad', $3)`,
      [user!.id, childId, chair.id],
    );
    const { token } = await test.app.get(SessionsService).start(user!.id, 'link');
    return { userId: user!.id, cookie: `convene_session=${token}` };
  }

  /** A Decision-Making Group that sat, with the first item's outcome recorded; the item's child. */
  async function aDecisionInAMeeting(
    outcome: 'agree' | 'refuse',
    reasons: string,
  ): Promise<{
    meetingId: string;
    itemId: string;
    otherItemId: string;
    childId: string;
    client: MeetingClient;
  }> {
    const meeting = await aMeeting(dataSource, { chair: chair.id, items: [{}, {}] });
    const client = await MeetingClient.connect(test.baseUrl, chairCookie);
    clients.push(client);
    await client.join(meeting.meetingId);
    expect(await client.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({ ok: true });
    const itemId = meeting.itemIds[0]!;
    // A member's vote, as the room keeps it: it must never reach the family.
    await dataSource.query(
      `INSERT INTO votes (agenda_item_id, meeting_id, voter_id, choice, reason, cast_by) VALUES ($1, $2, $3, $4, $5, $3)`,
      [itemId, meeting.meetingId, chair.id, outcome, VOTE_REASON],
    );
    expect(
      await client.send('outcome.record', {
        meetingId: meeting.meetingId,
        itemId,
        outcome,
        reasons,
        // An agreement without the threshold criteria marked says why.
        ...(outcome === 'agree'
          ? { criteriaNotMetReason: 'The test case carries no threshold evidence' }
          : {}),
      }),
    ).toMatchObject({ ok: true });
    const [{ child_id: childId }] = await dataSource.query(
      `SELECT r.child_id FROM agenda_items a JOIN ehc_requests r ON r.id = a.request_id WHERE a.id = $1`,
      [itemId],
    );
    return { meetingId: meeting.meetingId, itemId, otherItemId: meeting.itemIds[1]!, childId, client };
  }

  const letterOf = (cookie: string, childId: string, decisionId: string) =>
    http()
      .get(`/api/family/children/${childId}/decisions/${decisionId}/letter`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    test = await startListeningTestApp(MACHINE_SPEED_LIMITS);
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair'] });
    chairCookie = await signIn(test, chair);
    await dataSource.query(
      `INSERT INTO delegation_rules (kind, role) VALUES ('decision_to_issue', 'chair') ON CONFLICT DO NOTHING`,
    );
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await test?.close();
  });

  it('lists a decision taken in a meeting and one taken under delegation, latest first, in plain words, never with the votes', async () => {
    const assessed = await aDecisionInAMeeting('agree', 'Two cycles of APDR; needs beyond SEN support.');
    const [{ id: requestId }] = await dataSource.query(`SELECT id FROM ehc_requests WHERE child_id = $1`, [
      assessed.childId,
    ]);
    const notIssued = await http()
      .post(`/api/cases/${assessed.childId}/delegated-decisions`)
      .set('Cookie', chairCookie)
      .send({
        kind: 'decision_to_issue',
        requestId,
        outcome: 'not_issue',
        reasons: 'Needs can be met from the school’s own resources.',
        recommendations: 'Keep the SEN support plan and review it each term.',
      })
      .expect(201);
    const parent = await aParentOf(assessed.childId);
    const { body } = await http()
      .get(`/api/family/children/${assessed.childId}/decisions`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(body.decisions).toEqual([
      {
        id: notIssued.body.id,
        kind: 'decision_to_issue',
        yes: false,
        decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        words: 'We decided not to write an Education, Health and Care plan for Wobbly',
        reasons: 'Needs can be met from the school’s own resources.',
        correctedOn: null,
        hasLetter: true,
      },
      {
        id: assessed.itemId,
        kind: 'decision_to_assess',
        yes: true,
        decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        words: 'We decided to carry out an assessment of Wobbly’s needs',
        // A "yes" letter gives no reasons: the panel's own words stay with the council.
        reasons: null,
        correctedOn: null,
        hasLetter: true,
      },
    ]);
    // No votes, voters, choices or who decided; not the child's full name or date of birth.
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/vote|voter|choice|decidedBy|tally|private reason|Testcase|2016-05-04/i);
    expect(text).not.toContain(chair.email);
    const audit = await dataSource.query(
      `SELECT actor_id FROM audit_records WHERE action = 'family.decisions_viewed' AND entity_id = $1`,
      [assessed.childId],
    );
    expect(audit).toEqual([{ actor_id: parent.userId }]);
  });

  it('shows a refusal’s reasons as last corrected, in the list and in its letter', async () => {
    const refused = await aDecisionInAMeeting('refuse', 'Only one cycle of APDR so far.');
    expect(
      await refused.client.send('agenda.advance', {
        meetingId: refused.meetingId,
        itemId: refused.otherItemId,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await refused.client.send('outcome.correct', {
        meetingId: refused.meetingId,
        itemId: refused.itemId,
        reasons: 'Only one cycle of Assess, Plan, Do, Review so far; needs can be met at SEN support.',
        correctionReason: 'A shortened word in the reasons',
      }),
    ).toMatchObject({ ok: true });
    const parent = await aParentOf(refused.childId);
    const { body } = await http()
      .get(`/api/family/children/${refused.childId}/decisions`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(body.decisions).toHaveLength(1);
    expect(body.decisions[0]).toMatchObject({
      yes: false,
      words: 'We decided not to carry out an assessment of Wobbly’s needs',
      reasons: 'Only one cycle of Assess, Plan, Do, Review so far; needs can be met at SEN support.',
      correctedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(JSON.stringify(body)).not.toMatch(/shortened word|correctionReason|vote/i);
    const letter = await letterOf(parent.cookie, refused.childId, refused.itemId).expect(200);
    const words = wordsOf(letter.body as Buffer);
    expect(words).toContain('Only one cycle of Assess, Plan, Do, Review so far');
    expect(words).toContain('We have decided not to carry out an EHC needs assessment');
    expect(words).not.toContain('Only one cycle of APDR');
  });

  it('downloads the letter of a decision to assess for the family’s own child, audited, and no one else’s', async () => {
    const assessed = await aDecisionInAMeeting('agree', 'Needs beyond SEN support.');
    const parent = await aParentOf(assessed.childId);
    const letter = await letterOf(parent.cookie, assessed.childId, assessed.itemId).expect(200);
    const pdf = letter.body as Buffer;
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.headers['content-disposition']).toMatch(
      /^attachment; filename="EHC-T-[0-9A-F]+-decision-assessment-yes\.pdf"$/,
    );
    expect(letter.headers['content-disposition']).not.toMatch(/Wobbly|Testcase/);
    const words = wordsOf(pdf);
    expect(words).toContain('We have decided to carry out an EHC needs assessment');
    expect(words).toContain('What happens next');
    // Received 5 January 2026: the decision whether to issue by 16 weeks, the final plan by 20.
    expect(words).toContain('We will decide whether to issue an EHC plan by 27 April 2026');
    expect(words).toContain('the final plan by 25 May 2026');
    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE action = 'family.letter_downloaded' AND entity_id = $1`,
      [assessed.itemId],
    );
    expect(audit).toEqual([
      { actor_id: parent.userId, after: { kind: 'decision_to_assess', outcome: 'agree' } },
    ]);

    // Another child's decision, and one the child does not have: the same answer.
    const other = await aDecisionInAMeeting('agree', 'Needs beyond SEN support.');
    const othersDecision = await letterOf(parent.cookie, assessed.childId, other.itemId).expect(404);
    expect(othersDecision.body.toString()).toContain('family_decision_not_found');
    const none = await letterOf(
      parent.cookie,
      assessed.childId,
      '00000000-0000-4000-8000-000000000000',
    ).expect(404);
    expect(none.body.toString()).toContain('family_decision_not_found');
    // Another child altogether: as if unknown. Staff are refused the family's route.
    const otherChild = await letterOf(parent.cookie, other.childId, other.itemId).expect(404);
    expect(otherChild.body.toString()).toContain('family_request_not_found');
    await http()
      .get(`/api/family/children/${other.childId}/decisions`)
      .set('Cookie', parent.cookie)
      .expect(404);
    await http()
      .get(`/api/family/children/${assessed.childId}/decisions`)
      .set('Cookie', chairCookie)
      .expect(403);
    await letterOf(chairCookie, assessed.childId, assessed.itemId).expect(403);
    const downloads = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'family.letter_downloaded' AND entity_id = $1`,
      [other.itemId],
    );
    expect(downloads[0].n).toBe(0);
  });

  it('shows who was asked for advice and the days, never the advice, and the plan’s next review', async () => {
    const { childId, requestId } = await aCase(dataSource, { receivedOn: '2025-01-06' });
    const salt = await anAgency(dataSource, 'salt', 'health');
    const ask = (kind: string, agencyId: string | null, requestedOn: string, returnedOn: string | null) =>
      dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status,
                                      team_response_reason, quality)
         VALUES ($1, $2, $3, $4, $5, $6, 'The team’s own note', '{"criteria": {}, "note": "The DCO’s rating note"}')`,
        [requestId, agencyId, kind, requestedOn, returnedOn, returnedOn ? 'returned' : 'with_team'],
      );
    await ask('educational_psychology', null, '2025-02-03', '2025-03-10');
    await ask('health', salt, '2025-02-10', null);
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = '2025-05-20' WHERE id = $1`,
      [requestId],
    );
    await dataSource.query(
      `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on, review_meeting_on)
       VALUES ($1, $2, '2025-05-20', $3, '2026-04-15')`,
      [childId, requestId, annualReviewDueOn('2025-05-20')],
    );
    const parent = await aParentOf(childId);
    const { body } = await http()
      .get(`/api/family/children/${childId}/advice`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(body.advice).toEqual([
      {
        id: expect.any(String),
        from: 'Speech and language therapist',
        askedOn: '2025-02-10',
        dueOn: '2025-03-24',
        returnedOn: null,
        late: true,
      },
      {
        id: expect.any(String),
        from: 'Educational psychologist',
        askedOn: '2025-02-03',
        dueOn: '2025-03-17',
        returnedOn: '2025-03-10',
        late: false,
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/note|quality|evidence|team_response/i);
    const audit = await dataSource.query(
      `SELECT actor_id FROM audit_records WHERE action = 'family.advice_viewed' AND entity_id = $1`,
      [childId],
    );
    expect(audit).toEqual([{ actor_id: parent.userId }]);

    const reviews = await http()
      .get(`/api/family/children/${childId}/reviews`)
      .set('Cookie', parent.cookie)
      .expect(200);
    expect(reviews.body).toEqual({
      planIssuedOn: '2025-05-20',
      lastReviewOn: '2026-04-15',
      nextDueBy: annualReviewDueOn('2026-04-15'),
      late: expect.any(Boolean),
    });
    await http().get(`/api/family/children/${childId}/advice`).set('Cookie', chairCookie).expect(403);
    const stranger = await aParentOf((await aCase(dataSource)).childId);
    const refused = await http()
      .get(`/api/family/children/${childId}/advice`)
      .set('Cookie', stranger.cookie)
      .expect(404);
    expect(refused.body.code).toBe('family_request_not_found');
  });
});
