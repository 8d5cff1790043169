import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { roomSeats } from './support/room-seats.js';
import { signIn } from './support/sign-in.js';

/**
 * The Weekly Orders for Wednesday 10 March 2027 (its week: Monday 8 to Sunday 14 March), worked by hand for two
 * Family Link Officers' caseloads: Ada in Northdale, Ben in Southmere.
 */
describe('the Weekly Orders', () => {
  const seats = roomSeats(0);
  let ada: TestUser;
  let ben: TestUser;
  let cookies: Record<'ada' | 'ben' | 'outsider', string>;
  const ref: Record<string, string> = {};
  let meetingId: string;
  const http = () => request(seats.test.app.getHttpServer());

  /** A request received on the day, for the officer, with the steps given (stage and day) recorded on it. */
  async function aChild(
    name: string,
    flo: TestUser,
    receivedOn: string,
    locality = 'northdale',
    steps: [string, string][] = [],
  ) {
    const c = await aCase(seats.dataSource, {
      flo: flo.id,
      receivedOn,
      locality,
      reference: `EHC-WO-${name}`,
    });
    for (const [stage, on] of steps) await recordStep(c.requestId, stage, on);
    ref[name] = c.reference;
    return c;
  }
  async function recordStep(requestId: string, stage: string, on: string) {
    const column: Record<string, string> = {
      assessment: 'decision_to_assess_on',
      final_issued: 'final_issued_on',
    };
    await seats.dataSource.query(
      `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, $2, $3)`,
      [requestId, stage, on],
    );
    await seats.dataSource.query(`UPDATE ehc_requests SET stage = $2, ${column[stage]} = $3 WHERE id = $1`, [
      requestId,
      stage,
      on,
    ]);
  }
  const schedule = (startsAt: string) =>
    http()
      .post('/api/meetings')
      .set('Cookie', seats.cookieOf(seats.chair))
      .send({ kind: 'weekly_orders', startsAt, endsAt: startsAt.replace('T10', 'T11') })
      .expect(201);

  beforeAll(async () => {
    const db = seats.dataSource;
    ada = await aUser(db, { roles: ['presenter'] });
    ben = await aUser(db, { roles: ['presenter'] });
    await db.query(`UPDATE users SET display_name = 'Ada Officer' WHERE id = $1`, [ada.id]);
    const outsider = await aUser(db, { roles: ['panel_member'] });
    cookies = {
      ada: await signIn(seats.test, ada),
      ben: await signIn(seats.test, ben),
      outsider: await signIn(seats.test, outsider),
    };
    const [group] = await db.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('weekly_orders', 'Weekly Orders') RETURNING id`,
    );
    await db.query(
      `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, 'chair'), ($1, $3, 'member'), ($1, $4, 'member')`,
      [group.id, seats.chair.id, ada.id, ben.id],
    );

    // Decision whether to assess due Wednesday 10 March (6 weeks from 27 January, reg 5(1)): due this week.
    await aChild('due-wed', ada, '2027-01-27');
    // Due Sunday 7 March, the day before the week began: overdue.
    await aChild('due-last-sun', ada, '2027-01-24');
    // Due Monday 15 March, the day after the week ends: not this week's.
    await aChild('due-next-mon', ada, '2027-02-01');
    // Received a month ago, nothing due for weeks: not on the agenda.
    await aChild('quiet', ada, '2027-02-10');
    // Assessment agreed: the decision whether to issue was due 21 January (16 weeks), the final plan 18 February.
    await aChild('late-plan', ada, '2026-10-01', 'northdale', [['assessment', '2026-10-20']]);
    // Advice asked on 12 January was due 23 February (6 weeks, reg 8(1)): overdue.
    const advice = await aChild('late-advice', ada, '2027-01-04', 'northdale', [
      ['assessment', '2027-01-11'],
    ]);
    await db.query(
      `INSERT INTO advice_requests (request_id, advice_kind, requested_on, status) VALUES ($1, 'educational_psychology', '2027-01-12', 'with_team')`,
      [advice.requestId],
    );
    // A plan issued 12 March 2026: the annual review is due 11 March 2027 (s44(1)); the move to secondary school
    // was to be in the plan by 15 February 2027 (reg 18(1)(b)). One child, two reasons.
    const plan = await aChild('review-and-transfer', ada, '2025-10-20', 'northdale', [
      ['final_issued', '2026-03-12'],
    ]);
    await db.query(
      `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, deadline) VALUES ($1, $2, 'primary_to_secondary', 2027, '2027-02-15')`,
      [plan.childId, plan.requestId],
    );
    // Ben's child in Southmere: due Tuesday 9 March.
    await aChild('southmere-tue', ben, '2027-01-26', 'southmere');

    meetingId = (await schedule('2027-03-10T10:00:00Z')).body.id;
  });

  it('builds its agenda from the clocks: one item per child with every reason, by locality, overdue first, earliest first', async () => {
    const chair = await seats.connect(seats.chair);
    const snapshot = await chair.join(meetingId);
    expect(snapshot.meeting.kind).toBe('weekly_orders');
    const agenda = snapshot.agenda.map((item) => [
      item.caseReference,
      item.presenter?.id,
      item.weeklyOrders!.map((r) => `${r.reason} ${r.dueOn}`),
    ]);
    expect(agenda).toEqual([
      [ref['late-plan'], ada.id, ['overdue_step 2027-01-21', 'overdue_step 2027-02-18']],
      [
        ref['review-and-transfer'],
        ada.id,
        ['phase_transfer_due 2027-02-15', 'annual_review_to_convene 2027-03-11'],
      ],
      [ref['late-advice'], ada.id, ['advice_overdue 2027-02-23']],
      [ref['due-last-sun'], ada.id, ['overdue_step 2027-03-07']],
      [ref['due-wed'], ada.id, ['deadline_this_week 2027-03-10']],
      [ref['southmere-tue'], ben.id, ['deadline_this_week 2027-03-09']],
    ]);
    expect(snapshot.agenda.every((item) => item.kind === 'case_actions' && item.choices.length === 1)).toBe(
      true,
    );
    expect(snapshot.agenda[2]!.weeklyOrders![0]).toMatchObject({
      label: 'Advice from Awaiting triage',
      regulation: 'reg 8(1)',
      overdue: true,
    });
    expect(snapshot.members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [seats.chair.id, 'chair'],
        [ada.id, 'member'],
        [ben.id, 'member'],
      ].sort(),
    );
  });

  it('concludes an item with its actions and no vote: persisted, in the snapshot, the minutes and the audit trail', async () => {
    const chair = await seats.connect(seats.chair);
    const snapshot = await chair.join(meetingId);
    const itemId = snapshot.agenda[2]!.id;
    expect(await chair.send('meeting.start', { meetingId, confirmOtherDay: true })).toMatchObject({
      ok: true,
    });
    // Nothing is voted on, whoever is present: no quorum stands in the way.
    expect(await chair.send('voting.open', { meetingId, itemId })).toMatchObject({
      ok: false,
      code: 'wrong_state',
    });
    expect(
      await chair.send('action.add', {
        meetingId,
        itemId,
        what: 'Chase the EP advice and tell the family when it is due',
        ownerUserId: ada.id,
        dueOn: '2027-03-12',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await chair.send('outcome.record', { meetingId, itemId, outcome: 'agree', reasons: 'Not a decision' }),
    ).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(
      await chair.send('outcome.record', {
        meetingId,
        itemId,
        outcome: 'actions_agreed',
        reasons: 'Advice chased; family to be told this week.',
      }),
    ).toMatchObject({ ok: true });

    const after = (await chair.join(meetingId)).agenda[2]!;
    expect(after).toMatchObject({
      status: 'decided',
      votingStatus: 'not_open',
      outcome: { outcome: 'actions_agreed', reasons: 'Advice chased; family to be told this week.' },
      actions: [expect.objectContaining({ what: 'Chase the EP advice and tell the family when it is due' })],
    });
    const minutes = await http()
      .get(`/api/meetings/${meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(seats.chair))
      .expect(200);
    expect(minutes.body.items[2]).toMatchObject({ kind: 'case_actions', outcome: 'actions_agreed' });
    const audit = await seats.dataSource.query(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY occurred_at`,
      [itemId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toContain('outcome.record');
  });

  it("gives each officer their week's list, as JSON and CSV, with reasons, dates and their actions", async () => {
    const list = await http()
      .get(`/api/weekly-orders/${meetingId}/officers/${ada.id}`)
      .set('Cookie', cookies.ada)
      .expect(200);
    expect(list.body.week).toEqual({ monday: '2027-03-08', sunday: '2027-03-14' });
    expect(list.body.officer).toEqual({ id: ada.id, displayName: 'Ada Officer' });
    expect(list.body.children.map((c: { caseReference: string }) => c.caseReference)).toEqual([
      ref['late-plan'],
      ref['review-and-transfer'],
      ref['late-advice'],
      ref['due-last-sun'],
      ref['due-wed'],
    ]);
    expect(list.body.children[2]).toMatchObject({
      locality: { code: 'northdale' },
      reasons: [{ reason: 'advice_overdue', dueOn: '2027-02-23', label: 'Advice from Awaiting triage' }],
      outcome: { outcome: 'actions_agreed' },
      actions: [{ what: 'Chase the EP advice and tell the family when it is due', dueOn: '2027-03-12' }],
    });
    expect(list.body.yourActions).toHaveLength(1);
    expect(list.body.officersOnAgenda).toEqual([]);

    const csv = await http()
      .get(`/api/weekly-orders/${meetingId}/officers/${ada.id}/list.csv`)
      .set('Cookie', cookies.ada)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('case_reference,locality,reasons,first_due_on,outcome,actions');
    expect(lines).toHaveLength(6);
    expect(lines[3]).toContain(
      `${ref['late-advice']},Northdale,Advice overdue: Advice from Awaiting triage by 2027-02-23,2027-02-23,Actions agreed,`,
    );
    expect(lines[3]).toContain('Ada Officer by 2027-03-12: Chase the EP advice');
  });

  it('shows a list only to its officer and the chair; anyone else finds none', async () => {
    await http()
      .get(`/api/weekly-orders/${meetingId}/officers/${ben.id}`)
      .set('Cookie', cookies.ada)
      .expect(404);
    await http()
      .get(`/api/weekly-orders/${meetingId}/officers/${ada.id}`)
      .set('Cookie', cookies.outsider)
      .expect(404);
    await http()
      .get(`/api/weekly-orders/${meetingId}/officers/${ada.id}/list.csv`)
      .set('Cookie', cookies.ben)
      .expect(404);
    const bens = await http()
      .get(`/api/weekly-orders/${meetingId}/officers/${ben.id}`)
      .set('Cookie', seats.cookieOf(seats.chair))
      .expect(200);
    expect(bens.body.children.map((c: { caseReference: string }) => c.caseReference)).toEqual([
      ref['southmere-tue'],
    ]);
    expect(bens.body.officersOnAgenda).toEqual([
      { id: ada.id, displayName: 'Ada Officer' },
      { id: ben.id, displayName: expect.any(String) },
    ]);
    await http()
      .get(`/api/weekly-orders/${meetingId}/localities/northdale/cleared`)
      .set('Cookie', cookies.ada)
      .expect(404);
    await http()
      .get(`/api/weekly-orders/${meetingId}/officers/not-a-uuid`)
      .set('Cookie', cookies.ada)
      .expect(400);
    await http().get(`/api/weekly-orders/${meetingId}/officers/${ada.id}`).expect(401);
  });

  it("tells the locality's lead what was cleared since last week: children no longer on, and actions closed", async () => {
    const first = await http()
      .get(`/api/weekly-orders/${meetingId}/localities/northdale/cleared`)
      .set('Cookie', seats.cookieOf(seats.chair))
      .expect(200);
    expect(first.body).toMatchObject({ previousMeeting: null, clearedChildren: [], actionsClosed: [] });

    // During the week: the assessment agreed for 'due-wed' on Tuesday, and Ada's action done.
    const [{ id: dueWed }] = await seats.dataSource.query(
      `SELECT r.id FROM ehc_requests r JOIN children c ON c.id = r.child_id WHERE c.case_reference = $1`,
      [ref['due-wed']],
    );
    await recordStep(dueWed, 'assessment', '2027-03-09');
    const [{ id: actionId }] = await seats.dataSource.query(`SELECT id FROM actions WHERE meeting_id = $1`, [
      meetingId,
    ]);
    await http()
      .post(`/api/actions/${actionId}/close`)
      .set('Cookie', cookies.ada)
      .send({ outcome: 'done', note: 'EP advice due on 19 March; family told.' })
      .expect(200);

    const next = (await schedule('2027-03-17T10:00:00Z')).body.id;
    const cleared = await http()
      .get(`/api/weekly-orders/${next}/localities/northdale/cleared`)
      .set('Cookie', seats.cookieOf(seats.chair))
      .expect(200);
    expect(cleared.body.previousMeeting).toMatchObject({ id: meetingId });
    expect(cleared.body.clearedChildren).toEqual([
      expect.objectContaining({
        caseReference: ref['due-wed'],
        reasons: [expect.objectContaining({ reason: 'deadline_this_week', dueOn: '2027-03-10' })],
      }),
    ]);
    expect(cleared.body.actionsClosed).toEqual([
      expect.objectContaining({
        what: 'Chase the EP advice and tell the family when it is due',
        status: 'done',
      }),
    ]);
    const southmere = await http()
      .get(`/api/weekly-orders/${next}/localities/southmere/cleared`)
      .set('Cookie', seats.cookieOf(seats.chair))
      .expect(200);
    expect(southmere.body.clearedChildren).toEqual([]);
  });
});
