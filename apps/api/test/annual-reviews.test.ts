import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * Worked by hand. Every plan here is issued on a date chosen so that its reviews fall due only where the
 * test counts them: the March 2025 plans' first reviews in March 2025, the plan of June 2023 in June 2024,
 * and everything else (the transfers' plans, the plans the refusals are tried on) from June 2025 on.
 */
describe('annual reviews and phase transfers: recorded on the case, counted on the dashboard', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: TestUser;
  let floCookie: string;
  let chairCookie: string;
  let memberCookie: string;
  const children: Record<string, { childId: string; reference: string }> = {};

  const http = () => request(test.app.getHttpServer());
  /** A child with `flo` as Family Link Officer and a final plan issued on `finalIssuedOn`. */
  async function aChildWithAPlan(name: string, finalIssuedOn: string, yearGroup = 4): Promise<string> {
    const c = await aCase(dataSource, {
      flo: flo.id,
      receivedOn: addDays(finalIssuedOn, -140),
      givenName: 'Zephyrine',
      familyName: 'Quackenbush',
    });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = $2 WHERE id = $1`,
      [c.requestId, finalIssuedOn],
    );
    await dataSource.query(`UPDATE children SET year_group = $2 WHERE id = $1`, [c.childId, yearGroup]);
    children[name] = { childId: c.childId, reference: c.reference };
    return c.childId;
  }
  const recordMeeting = (childId: string, reviewMeetingOn: string, cookie = floCookie) =>
    http().post(`/api/cases/${childId}/annual-reviews`).set('Cookie', cookie).send({ reviewMeetingOn });
  const recordDecision = (reviewId: string, body: object, cookie = floCookie) =>
    http().post(`/api/annual-reviews/${reviewId}/decision`).set('Cookie', cookie).send(body);
  const recordAmendedPlan = (reviewId: string, body: object, cookie = floCookie) =>
    http().post(`/api/annual-reviews/${reviewId}/amended-plan`).set('Cookie', cookie).send(body);
  const recordTransfer = (childId: string, body: object, cookie = floCookie) =>
    http().post(`/api/cases/${childId}/phase-transfers`).set('Cookie', cookie).send(body);
  const recordAmendment = (transferId: string, body: object, cookie = floCookie) =>
    http().post(`/api/phase-transfers/${transferId}/amended-plan`).set('Cookie', cookie).send(body);
  const counts = async () =>
    (
      await dataSource.query(
        `SELECT (SELECT count(*) FROM annual_reviews)::int AS reviews, (SELECT count(*) FROM phase_transfers)::int AS transfers, (SELECT count(*) FROM audit_records)::int AS audit,
              (SELECT md5(coalesce(string_agg(a::text, ',' ORDER BY a.id), '')) FROM annual_reviews a) AS reviews_digest,
              (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM phase_transfers t) AS transfers_digest`,
      )
    )[0];

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    flo = await aUser(dataSource, { roles: ['presenter'] });
    floCookie = await signIn(test, flo);
    chairCookie = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    memberCookie = await signIn(test, await aUser(dataSource, { roles: ['panel_member'] }));

    // March 2025: five reviews due, three held by their due day: the last day of the 12 months starting with the
    // day the plan was issued, the day before its anniversary (s44(1)).
    await recordMeeting(await aChildWithAPlan('onTheDay', '2024-03-11'), '2025-03-10').expect(201); // due 10 March: on time
    await recordMeeting(await aChildWithAPlan('dayLate', '2024-03-20'), '2025-03-20').expect(201); // due 19 March: the anniversary is a day late
    await recordMeeting(await aChildWithAPlan('early', '2024-03-06'), '2025-02-20').expect(201); // due 5 March: on time
    await recordMeeting(await aChildWithAPlan('monthEnd', '2024-03-31'), '2025-03-28').expect(201); // due 30 March: on time
    await aChildWithAPlan('notHeld', '2024-03-16'); // due 15 March, never held: overdue
    // June 2024: a review three days late, inside the rolling year to March 2025.
    await recordMeeting(await aChildWithAPlan('juneLate', '2023-06-10'), '2024-06-12').expect(201);

    // Transfers in 2025: secondary school by 15 February, post-16 by 31 March.
    const transfers: [string, string, string | null][] = [
      ['onDeadline', 'primary_to_secondary', '2025-02-15'],
      ['dayAfterDeadline', 'primary_to_secondary', '2025-02-16'],
      ['notAmended', 'primary_to_secondary', null],
      ['post16', 'secondary_to_post16', '2025-03-31'],
    ];
    for (const [name, kind, amendedOn] of transfers) {
      const childId = await aChildWithAPlan(name, '2024-09-02', kind === 'secondary_to_post16' ? 12 : 7);
      const recorded = await recordTransfer(childId, { kind, transferYear: 2025 }).expect(201);
      if (amendedOn)
        await recordAmendment(recorded.body.id, {
          amendedPlanIssuedOn: amendedOn,
          settingName: 'Northdale Academy',
        }).expect(200);
    }
  });
  afterAll(async () => {
    await test?.close();
  });

  it('gives 5 reviews due in March 2025, 3 held by their due day: 60.0%, and 50.0% over the 12 months to its end', async () => {
    const { body } = await http()
      .get('/api/dashboard/annual-reviews?month=2025-04&months=2')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(body.months).toEqual(['2025-03', '2025-04']);
    const [march, april] = body.annualReviews;
    expect(march).toEqual({
      month: '2025-03',
      due: 5,
      heldOnTime: 3,
      heldLate: 1,
      overdue: 1,
      notYetDue: 0,
      percentOnTime: 60,
      // April 2024 to March 2025: March's five and June 2024's late one.
      rolling: { due: 6, heldOnTime: 3, heldLate: 2, overdue: 1, notYetDue: 0, percentOnTime: 50 },
    });
    expect(april).toMatchObject({ due: 0, percentOnTime: null, rolling: { due: 6, percentOnTime: 50 } });
  });

  it('counts a transfer amended on 15 February as by the deadline, on 16 February as late', async () => {
    const { body } = await http()
      .get('/api/dashboard/annual-reviews?month=2025-04&months=2')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(body.phaseTransfers).toEqual([
      {
        transferYear: 2025,
        deadline: '2025-02-15',
        kinds: ['primary_to_secondary'],
        due: 3,
        byDeadline: 1,
        late: 1,
        outstanding: 1,
        overdue: 1,
        percentByDeadline: 33.3,
      },
      {
        transferYear: 2025,
        deadline: '2025-03-31',
        kinds: ['secondary_to_post16'],
        due: 1,
        byDeadline: 1,
        late: 0,
        outstanding: 0,
        overdue: 0,
        percentByDeadline: 100,
      },
    ]);
  });

  it('lists the cases behind each figure by reference and dates, never by name', async () => {
    const refs = (cases: { caseReference: string }[]) => cases.map((c) => c.caseReference);
    const onTime = await http()
      .get('/api/dashboard/annual-reviews/cases?month=2025-03&measure=held_on_time')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(refs(onTime.body)).toEqual([
      children.early!.reference,
      children.onTheDay!.reference,
      children.monthEnd!.reference,
    ]);
    expect(onTime.body[1]).toEqual({
      childId: children.onTheDay!.childId,
      caseReference: children.onTheDay!.reference,
      countsFrom: '2024-03-11',
      dueOn: '2025-03-10',
      reviewMeetingOn: '2025-03-10',
      decisionOn: null,
      decisionOutcome: null,
      amendedPlanIssuedOn: null,
      standing: 'held_on_time',
    });
    const overdue = await http()
      .get('/api/dashboard/annual-reviews/cases?month=2025-03&measure=overdue')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(overdue.body).toEqual([
      expect.objectContaining({
        caseReference: children.notHeld!.reference,
        dueOn: '2025-03-15',
        reviewMeetingOn: null,
        standing: 'overdue',
      }),
    ]);
    const lateInTheYear = await http()
      .get('/api/dashboard/annual-reviews/cases?month=2025-03&measure=held_late&span=rolling')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(refs(lateInTheYear.body)).toEqual([children.juneLate!.reference, children.dayLate!.reference]);
    const due = await http()
      .get('/api/dashboard/annual-reviews/cases?month=2025-03')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(due.body).toHaveLength(5);
    const late = await http()
      .get('/api/dashboard/phase-transfers/cases?deadline=2025-02-15&measure=late')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(late.body).toEqual([
      {
        childId: children.dayAfterDeadline!.childId,
        caseReference: children.dayAfterDeadline!.reference,
        kind: 'primary_to_secondary',
        transferYear: 2025,
        deadline: '2025-02-15',
        amendedPlanIssuedOn: '2025-02-16',
        standing: 'late',
      },
    ]);
    const outstanding = await http()
      .get('/api/dashboard/phase-transfers/cases?deadline=2025-02-15&measure=outstanding')
      .set('Cookie', memberCookie)
      .expect(200);
    expect(refs(outstanding.body)).toEqual([children.notAmended!.reference]);
    for (const response of [onTime, overdue, lateInTheYear, due, late, outstanding])
      expect(JSON.stringify(response.body)).not.toMatch(/Zephyrine|Quackenbush|2016-05-04/);
  });

  it('refuses a month, a measure or a deadline that is not one, and figures to roles that do not read the dashboard', async () => {
    await http().get('/api/dashboard/annual-reviews?month=2025-13').set('Cookie', memberCookie).expect(400);
    await http().get('/api/dashboard/annual-reviews?months=25').set('Cookie', memberCookie).expect(400);
    await http()
      .get('/api/dashboard/annual-reviews/cases?month=2025-03&measure=lost')
      .set('Cookie', memberCookie)
      .expect(400);
    await http().get('/api/dashboard/annual-reviews/cases').set('Cookie', memberCookie).expect(400);
    await http()
      .get('/api/dashboard/phase-transfers/cases?deadline=2025-02-30')
      .set('Cookie', memberCookie)
      .expect(400);
    await http().get('/api/dashboard/annual-reviews?month=2025-04').set('Cookie', floCookie).expect(403);
  });

  it('follows a review from its meeting to the decision to amend and the amended plan, each audited, the next year then running from the meeting', async () => {
    const childId = await aChildWithAPlan('wholeReview', '2025-06-02');
    const meeting = await recordMeeting(childId, '2026-05-28').expect(201);
    expect(meeting.body).toMatchObject({
      countsFrom: '2025-06-02',
      dueOn: '2026-06-01',
      reviewMeetingOn: '2026-05-28',
      standing: 'held_on_time',
      recordedBy: { id: flo.id },
    });
    // Worked by hand: the decision is due 4 weeks after 28 May 2026 (25 June). It comes a day late, so 8 weeks after it
    // (21 August) is past the 12 weeks from the meeting: the amended plan is due on 20 August (R (L) v Devon CC).
    const decided = await recordDecision(meeting.body.id, {
      decisionOn: '2026-06-26',
      outcome: 'amend',
    }).expect(200);
    expect(
      decided.body.clock.milestones.map(
        (m: { milestone: string; status: string; statutoryDeadline: string }) => [
          m.milestone,
          m.statutoryDeadline,
          m.status,
        ],
      ),
    ).toEqual([
      ['annual_review_meeting', '2026-06-01', 'completed_on_time'],
      ['annual_review_decision', '2026-06-25', 'completed_late'],
      ['amended_plan', '2026-08-20', 'overdue'],
    ]);
    const amended = await recordAmendedPlan(meeting.body.id, { amendedPlanIssuedOn: '2026-08-20' }).expect(
      200,
    );
    expect(amended.body.clock.milestones[2]).toMatchObject({
      completedOn: '2026-08-20',
      status: 'completed_on_time',
    });

    const list = await http()
      .get(`/api/cases/${childId}/annual-reviews`)
      .set('Cookie', memberCookie)
      .expect(200);
    expect(
      list.body.map((r: { id: string | null; countsFrom: string; dueOn: string }) => [
        r.id,
        r.countsFrom,
        r.dueOn,
      ]),
    ).toEqual([
      [null, '2026-05-28', '2027-05-27'],
      [meeting.body.id, '2025-06-02', '2026-06-01'],
    ]);
    const audit = await dataSource.query(
      `SELECT actor_id, action, after FROM audit_records WHERE entity_type = 'annual_review' AND entity_id = $1 ORDER BY id`,
      [meeting.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'annual_review.meeting_recorded',
      'annual_review.decision_recorded',
      'annual_review.amended_plan_issued',
    ]);
    expect(audit.every((a: { actor_id: string }) => a.actor_id === flo.id)).toBe(true);
    expect(audit[1].after).toEqual({ decisionOn: '2026-06-26', decisionOutcome: 'amend' });
    expect(JSON.stringify(audit)).not.toMatch(/Zephyrine|Quackenbush/);
  });

  it('records a phase transfer and its amendment on the case, with its deadline and clock, each audited', async () => {
    const childId = await aChildWithAPlan('transferOnCase', '2025-06-03', 6);
    const recorded = await recordTransfer(
      childId,
      { kind: 'secondary_to_post16', transferYear: 2026, settingName: 'Fernshire College' },
      chairCookie,
    ).expect(201);
    expect(recorded.body).toMatchObject({
      kind: 'secondary_to_post16',
      transferYear: 2026,
      deadline: '2026-03-31',
      settingName: 'Fernshire College',
      amendedPlanIssuedOn: null,
    });
    const amended = await recordAmendment(recorded.body.id, {
      amendedPlanIssuedOn: '2026-04-01',
      settingName: '  Westholm School  ',
    }).expect(200);
    expect(amended.body).toMatchObject({
      settingName: 'Westholm School',
      standing: 'late',
      clock: {
        milestones: [{ milestone: 'phase_transfer_amendment', status: 'completed_late', daysOverdue: 1 }],
      },
    });
    const list = await http()
      .get(`/api/cases/${childId}/phase-transfers`)
      .set('Cookie', memberCookie)
      .expect(200);
    expect(list.body.map((t: { id: string }) => t.id)).toEqual([recorded.body.id]);
    const audit = await dataSource.query(
      `SELECT action, before, after FROM audit_records WHERE entity_type = 'phase_transfer' AND entity_id = $1 ORDER BY id`,
      [recorded.body.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'phase_transfer.recorded',
        after: expect.objectContaining({
          kind: 'secondary_to_post16',
          transferYear: 2026,
          deadline: '2026-03-31',
        }),
      }),
      {
        action: 'phase_transfer.plan_amended',
        before: { amendedPlanIssuedOn: null, settingName: 'Fernshire College' },
        after: { amendedPlanIssuedOn: '2026-04-01', settingName: 'Westholm School' },
      },
    ]);
  });

  it('records a move between post-16 institutions with its day, due five months before it (reg 18(2))', async () => {
    const childId = await aChildWithAPlan('post16Move', '2025-06-04', 13);
    const refusedWith = async (body: object) =>
      (await recordTransfer(childId, body).expect(422)).body.fields[0].field as string;
    expect(await refusedWith({ kind: 'post16_to_post16', transferYear: 2027 })).toBe('transfersOn');
    expect(
      await refusedWith({ kind: 'post16_to_post16', transferYear: 2027, transfersOn: '2028-01-10' }),
    ).toBe('transfersOn');
    expect(
      await refusedWith({ kind: 'primary_to_secondary', transferYear: 2027, transfersOn: '2027-09-01' }),
    ).toBe('transfersOn');
    // Moving on 11 January 2027: amended by 11 August 2026, five months before.
    const recorded = await recordTransfer(childId, {
      kind: 'post16_to_post16',
      transferYear: 2027,
      transfersOn: '2027-01-11',
      settingName: 'Eastbrook Sixth Form College',
    }).expect(201);
    expect(recorded.body).toMatchObject({
      kind: 'post16_to_post16',
      transfersOn: '2027-01-11',
      deadline: '2026-08-11',
      clock: { milestones: [{ regulation: 'reg 18(2)', statutoryDeadline: '2026-08-11' }] },
    });
    const amended = await recordAmendment(recorded.body.id, {
      amendedPlanIssuedOn: '2026-08-11',
      settingName: 'Eastbrook Sixth Form College',
    }).expect(200);
    expect(amended.body).toMatchObject({ standing: 'by_deadline' });
  });

  it('refuses bad input and impossible dates with a clear 4xx naming the field, and changes nothing', async () => {
    const childId = await aChildWithAPlan('refusals', '2025-07-01');
    const noPlan = (await aCase(dataSource, { flo: flo.id })).childId;
    const held = await recordMeeting(childId, '2026-06-30').expect(201);
    await recordDecision(held.body.id, { decisionOn: '2026-07-10', outcome: 'maintain' }).expect(200);
    const transfer = (
      await recordTransfer(childId, { kind: 'primary_to_secondary', transferYear: 2027 }).expect(201)
    ).body;
    const before = await counts();
    const tomorrow = addDays(todayInEngland(), 1);

    const refusals: [() => request.Test, number, string][] = [
      [() => recordMeeting(childId, '2026-02-30'), 400, 'reviewMeetingOn'],
      [
        () =>
          http()
            .post(`/api/cases/${childId}/annual-reviews`)
            .set('Cookie', floCookie)
            .send({ reviewMeetingOn: '2026-08-01', decisionOn: '2026-08-02' }),
        400,
        'decisionOn',
      ],
      [() => recordMeeting(childId, '2026-06-30'), 422, 'reviewMeetingOn'], // the next year counts from this meeting: not after it
      [() => recordMeeting(childId, tomorrow), 422, 'reviewMeetingOn'],
      [() => recordMeeting(noPlan, '2026-06-30'), 422, 'reviewMeetingOn'],
      [
        () => recordDecision(held.body.id, { decisionOn: '2026-07-11', outcome: 'amend' }),
        409,
        'already_recorded',
      ],
      [() => recordDecision(held.body.id, { decisionOn: '2026-07-11', outcome: 'postpone' }), 400, 'outcome'],
      [
        () => recordAmendedPlan(held.body.id, { amendedPlanIssuedOn: '2026-08-01' }),
        422,
        'amendedPlanIssuedOn',
      ], // decided to maintain
      [() => recordAmendedPlan(held.body.id, { amendedPlanIssuedOn: 20260801 }), 400, 'amendedPlanIssuedOn'],
      [() => recordTransfer(childId, { kind: 'nursery_to_moon', transferYear: 2027 }), 400, 'kind'],
      [
        () => recordTransfer(childId, { kind: 'primary_to_secondary', transferYear: '2027' }),
        400,
        'transferYear',
      ],
      [
        () => recordTransfer(childId, { kind: 'primary_to_secondary', transferYear: 1999 }),
        400,
        'transferYear',
      ],
      [
        () => recordTransfer(childId, { kind: 'primary_to_secondary', transferYear: 2027 }),
        409,
        'already_recorded',
      ],
      [() => recordTransfer(noPlan, { kind: 'primary_to_secondary', transferYear: 2027 }), 422, 'kind'],
      [() => recordAmendment(transfer.id, { amendedPlanIssuedOn: '2026-09-01' }), 400, 'settingName'],
      [
        () =>
          recordAmendment(transfer.id, {
            amendedPlanIssuedOn: '2025-06-30',
            settingName: 'Northdale Academy',
          }),
        422,
        'amendedPlanIssuedOn',
      ], // before the plan
      [
        () =>
          recordAmendment(transfer.id, { amendedPlanIssuedOn: tomorrow, settingName: 'Northdale Academy' }),
        422,
        'amendedPlanIssuedOn',
      ],
      [
        () => recordAmendment(transfer.id, { amendedPlanIssuedOn: '2026-09-01', settingName: '   ' }),
        422,
        'settingName',
      ],
    ];
    for (const [index, [send, status, named]] of refusals.entries()) {
      const response = await send();
      expect(response.status, `refusal ${index}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(JSON.stringify(response.body), `refusal ${index}`).toContain(named);
    }
    expect(await counts()).toEqual(before);

    // A decision before its meeting, and an amended plan before its decision.
    const other = await aChildWithAPlan('datesOutOfOrder', '2025-07-02');
    const meeting = await recordMeeting(other, '2026-07-01').expect(201);
    const early = await recordDecision(meeting.body.id, {
      decisionOn: '2026-06-30',
      outcome: 'amend',
    }).expect(422);
    expect(early.body).toMatchObject({ code: 'review_rule_broken', fields: [{ field: 'decisionOn' }] });
    expect(early.body.message).toMatch(/before the review meeting, held on 1 July 2026/);
    await recordDecision(meeting.body.id, { decisionOn: '2026-07-15', outcome: 'amend' }).expect(200);
    await recordAmendedPlan(meeting.body.id, { amendedPlanIssuedOn: '2026-07-14' }).expect(422);
    const settled = await counts();
    // Only the two steps that were right were written (a review and its decision, with their audit rows).
    expect(settled.reviews).toBe(before.reviews + 1);
    expect(settled.transfers).toBe(before.transfers);
    expect(settled.transfers_digest).toBe(before.transfers_digest);
    expect(settled.audit).toBe(before.audit + 2);
  });

  it('is recorded by the child’s Family Link Officer, a chair or an admin; others are refused and the unseen is not found', async () => {
    const childId = await aChildWithAPlan('whoRecords', '2025-08-04');
    const before = await counts();
    const otherFlo = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    await recordMeeting(childId, '2026-08-01', otherFlo).expect(403);
    await recordMeeting(childId, '2026-08-01', memberCookie).expect(403);
    await recordTransfer(childId, { kind: 'primary_to_secondary', transferYear: 2027 }, otherFlo).expect(403);
    const healthRep = await signIn(
      test,
      await aUser(dataSource, {
        roles: ['health_team_rep'],
        agencyCode: 'salt_reviews',
        agencyKind: 'health',
      }),
    );
    await http().get(`/api/cases/${childId}/annual-reviews`).set('Cookie', healthRep).expect(404);
    await recordMeeting('00000000-0000-4000-8000-000000000000', '2026-08-01').expect(404);
    await recordDecision('00000000-0000-4000-8000-000000000000', {
      decisionOn: '2026-08-01',
      outcome: 'amend',
    }).expect(404);
    await recordAmendment('00000000-0000-4000-8000-000000000000', {
      amendedPlanIssuedOn: '2026-08-01',
      settingName: 'x',
    }).expect(404);
    expect(await counts()).toEqual(before);
    await recordMeeting(childId, '2026-08-01', chairCookie).expect(201);
  });
});
