import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatCalendarDate as longDay } from '@convene/domain';
import { todayInEngland } from '../src/common/today.js';
import { aCase, aLocality, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('case records', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: TestUser;
  let otherFlo: TestUser;
  let chair: TestUser;
  let member: TestUser;
  const cookie: Record<string, string> = {};
  const http = () => request(test.app.getHttpServer());
  const logged: string[] = [];

  beforeAll(async () => {
    test = await startTestApp({ LOG_LEVEL: 'verbose' });
    dataSource = test.app.get(DataSource);
    await aLocality(dataSource, 'northdale');
    flo = await aUser(dataSource, { roles: ['presenter'] });
    otherFlo = await aUser(dataSource, { roles: ['presenter'] });
    chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    member = await aUser(dataSource, { roles: ['panel_member'] });
    for (const [name, user] of Object.entries({ flo, otherFlo, chair, member }))
      cookie[name] = await signIn(test, user);
    // Everything the API writes to its logs from here on, to check no child's name reaches them.
    const capture = (chunk: unknown) => {
      logged.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await test?.close();
  });

  const newCase = (overrides: Record<string, unknown> = {}) => ({
    givenName: 'Marigold',
    familyName: 'Quibbleton',
    dateOfBirth: '2017-02-11',
    yearGroup: 4,
    localityCode: 'northdale',
    primaryNeed: 'semh',
    vulnerabilityMarkers: ['child_in_need'],
    request: { receivedOn: daysAgo(10), source: 'school' },
    ...overrides,
  });

  it('opens a case whose clock runs 6 weeks to the decision whether to assess', async () => {
    const response = await http().post('/api/cases').set('Cookie', cookie.flo!).send(newCase()).expect(201);
    expect(response.body.caseReference).toMatch(/^EHC-\d\d-\d{4}$/);
    expect(response.body.familyLinkOfficer.id).toBe(flo.id);
    expect(response.body.vulnerabilityScore).toBe(2);
    const [req] = response.body.requests;
    expect(req.stage).toBe('received');
    expect(req.clock).toMatchObject({
      milestone: 'decision_to_assess',
      daysLeft: 32,
      week: 2,
      status: 'on_track',
    });
    const decision = req.statutoryClock.milestones.find(
      (m: { milestone: string }) => m.milestone === 'decision_to_assess',
    );
    expect(decision).toMatchObject({
      regulation: 'reg 5(1)',
      statutoryDeadline: daysAgo(10 - 42),
      localTarget: daysAgo(10 - 14),
      status: 'open_on_track',
    });
    expect(req.steps.map((s: { stage: string }) => s.stage)).toEqual(['received']);
    const [audit] = await dataSource.query(
      `SELECT action, actor_id FROM audit_records WHERE entity_id = $1`,
      [response.body.childId],
    );
    expect(audit).toEqual({ action: 'case.created', actor_id: flo.id });
  });

  it('names the field for a date of birth that does not exist, and writes nothing', async () => {
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM children`);
    const response = await http()
      .post('/api/cases')
      .set('Cookie', cookie.flo!)
      .send(newCase({ dateOfBirth: '2017-02-29' }))
      .expect(400);
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['dateOfBirth']);
    const nested = await http()
      .post('/api/cases')
      .set('Cookie', cookie.flo!)
      .send(newCase({ request: { receivedOn: daysAgo(1), source: 'carrier pigeon' } }))
      .expect(400);
    expect(nested.body.fields.map((f: { field: string }) => f.field)).toEqual(['request.source']);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM children`)).toEqual(before);
  });

  it('refuses a request received in the future and an unknown locality, naming the field', async () => {
    const future = await http()
      .post('/api/cases')
      .set('Cookie', cookie.flo!)
      .send(newCase({ request: { receivedOn: '2999-01-01', source: 'parent' } }))
      .expect(422);
    expect(future.body.fields[0].field).toBe('request.receivedOn');
    const nowhere = await http()
      .post('/api/cases')
      .set('Cookie', cookie.flo!)
      .send(newCase({ localityCode: 'atlantis' }))
      .expect(400);
    expect(nowhere.body.fields[0].field).toBe('localityCode');
  });

  it("shows a child's name to their Family Link Officer but only the case reference to a panel member", async () => {
    const { childId } = await aCase(dataSource, {
      flo: flo.id,
      givenName: 'Pippin',
      familyName: 'Crumbleton',
    });
    const asFlo = await http().get(`/api/cases/${childId}`).set('Cookie', cookie.flo!).expect(200);
    expect(asFlo.body.name).toEqual({ given: 'Pippin', family: 'Crumbleton' });
    expect(asFlo.body.dateOfBirth).toBe('2016-05-04');
    const asMember = await http().get(`/api/cases/${childId}`).set('Cookie', cookie.member!).expect(200);
    expect(asMember.body.name).toBeNull();
    expect(asMember.body.dateOfBirth).toBeNull();
    expect(JSON.stringify(asMember.body)).not.toContain('Pippin');
    const list = await http().get('/api/cases?pageSize=100').set('Cookie', cookie.member!).expect(200);
    expect(JSON.stringify(list.body)).not.toContain('Crumbleton');
  });

  it("lists a Family Link Officer's own cases first, then by urgency", async () => {
    await aCase(dataSource, { flo: otherFlo.id, receivedOn: daysAgo(60) });
    const mine = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(3) });
    const response = await http().get('/api/cases?pageSize=100').set('Cookie', cookie.flo!).expect(200);
    const owners = response.body.items.map(
      (c: { familyLinkOfficer: { id: string } | null }) => c.familyLinkOfficer?.id,
    );
    const firstOther = owners.findIndex((id: string | undefined) => id !== flo.id);
    expect(owners.slice(firstOther).includes(flo.id)).toBe(false);
    expect(response.body.items.map((c: { childId: string }) => c.childId)).toContain(mine.childId);
  });

  it('filters to overdue cases, with the clock saying how late', async () => {
    const late = await aCase(dataSource, { flo: otherFlo.id, receivedOn: daysAgo(50) });
    const response = await http()
      .get('/api/cases?overdue=true&pageSize=100')
      .set('Cookie', cookie.chair!)
      .expect(200);
    expect(
      response.body.items.every((c: { clock: { status: string } }) => c.clock.status === 'overdue'),
    ).toBe(true);
    const row = response.body.items.find((c: { childId: string }) => c.childId === late.childId);
    expect(row.clock).toMatchObject({ daysLeft: -8, status: 'overdue', week: 8 });
    expect(response.body.total).toBe(response.body.items.length);
  });

  it('pages the caseload and refuses a page size over 100', async () => {
    const first = await http()
      .get('/api/cases?pageSize=2&sort=reference')
      .set('Cookie', cookie.chair!)
      .expect(200);
    const second = await http()
      .get('/api/cases?pageSize=2&page=2&sort=reference')
      .set('Cookie', cookie.chair!)
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items[0].caseReference > first.body.items[1].caseReference).toBe(true);
    expect(second.body.total).toBe(first.body.total);
    const tooMany = await http().get('/api/cases?pageSize=500').set('Cookie', cookie.chair!).expect(400);
    expect(tooMany.body.fields[0].field).toBe('pageSize');
  });

  it('will not decide to issue a plan before the decision to assess', async () => {
    const { requestId } = await aCase(dataSource, { receivedOn: daysAgo(20) });
    const response = await http()
      .post(`/api/requests/${requestId}/transitions`)
      .set('Cookie', cookie.chair!)
      .send({ to: 'decision_to_issue', occurredOn: daysAgo(1) })
      .expect(422);
    expect(response.body.code).toBe('path_rule_broken');
    expect(response.body.fields[0].field).toBe('to');
    const [row] = await dataSource.query(`SELECT stage FROM ehc_requests WHERE id = $1`, [requestId]);
    expect(row.stage).toBe('received');
  });

  it('records a decision to assess by the chair, with who and when, and its audit record', async () => {
    const { requestId, childId } = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(20) });
    const denied = await http()
      .post(`/api/requests/${requestId}/transitions`)
      .set('Cookie', cookie.flo!)
      .send({ to: 'assessment', occurredOn: daysAgo(2) })
      .expect(403);
    expect(denied.body.message).toMatch(/chair/);
    const response = await http()
      .post(`/api/requests/${requestId}/transitions`)
      .set('Cookie', cookie.chair!)
      .send({ to: 'assessment', occurredOn: daysAgo(2), note: 'Two APDR cycles in evidence' })
      .expect(200);
    const req = response.body.requests[0];
    expect(req.stage).toBe('assessment');
    expect(req.decisionToAssessOn).toBe(daysAgo(2));
    expect(req.steps.at(-1)).toMatchObject({
      stage: 'assessment',
      recordedBy: { id: chair.id },
      note: 'Two APDR cycles in evidence',
    });
    expect(req.clock.milestone).toBe('decision_to_issue_or_not');
    const audit = await dataSource.query(
      `SELECT action, before, after FROM audit_records WHERE entity_id = $1`,
      [requestId],
    );
    expect(audit).toEqual([
      {
        action: 'request.assessment',
        before: { stage: 'received' },
        after: expect.objectContaining({ stage: 'assessment' }),
      },
    ]);
    expect(childId).toBe(response.body.childId);
  });

  it('gives the family 15 days on the draft before the final plan', async () => {
    const { requestId } = await aCase(dataSource, { flo: flo.id, receivedOn: daysAgo(130) });
    const step = (to: string, occurredOn: string, who = cookie.chair!) =>
      http().post(`/api/requests/${requestId}/transitions`).set('Cookie', who).send({ to, occurredOn });
    await step('assessment', daysAgo(110)).expect(200);
    await step('decision_to_issue', daysAgo(40)).expect(200);
    await step('draft_issued', daysAgo(20), cookie.flo).expect(200);
    const early = await step('final_issued', daysAgo(10), cookie.flo).expect(422);
    expect(early.body.message).toMatch(/reg 13\(1\)/);
    const final = await step('final_issued', daysAgo(5), cookie.flo).expect(200);
    expect(final.body.requests[0]).toMatchObject({ stage: 'final_issued', clock: null });
  });

  it('does not let one Family Link Officer record steps on another’s case', async () => {
    const { requestId } = await aCase(dataSource, { flo: otherFlo.id, receivedOn: daysAgo(20) });
    await http()
      .post(`/api/requests/${requestId}/transitions`)
      .set('Cookie', cookie.flo!)
      .send({ to: 'withdrawn', occurredOn: daysAgo(1) })
      .expect(403);
  });

  it('records a reg 10(4) absence only when it lasts 4 weeks or more', async () => {
    const { requestId } = await aCase(dataSource, { receivedOn: daysAgo(60) });
    const exception = (endsOn: string) => ({
      regulation: '10(4)',
      kind: 'absent_from_area',
      startsOn: daysAgo(50),
      endsOn,
    });
    const short = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send(exception(daysAgo(30)))
      .expect(422);
    expect(short.body.fields[0].field).toBe('endsOn');
    // An absence from the area is reg 10(4)(d); (c) is exceptional personal circumstances.
    expect(short.body.message).toBe(
      `21 days from ${longDay(daysAgo(50))} to ${longDay(daysAgo(30))} is less than the 4 continuous weeks reg 10(4)(d) needs.`,
    );
    const ok = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send(exception(daysAgo(20)))
      .expect(201);
    expect(ok.body.requests[0].exceptions).toEqual([
      expect.objectContaining({ regulation: '10(4)', kind: 'absent_from_area', endsOn: daysAgo(20) }),
    ]);
    expect(ok.body.requests[0].statutoryClock.exceptionCase).toBe(true);
    const wrongKind = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send({ regulation: '10(4)', kind: 'missed_appointment', startsOn: daysAgo(5) })
      .expect(422);
    expect(wrongKind.body.fields[0].field).toBe('kind');
    const holiday = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send({ regulation: '8(2)', kind: 'school_closure', startsOn: daysAgo(40), endsOn: daysAgo(5) })
      .expect(422);
    expect(holiday.body.message).toMatch(/School holidays and closures are not an exception for advice/);
  });

  it('records a reg 5(4) exception to the 6-week decision, with its audit record, and shows it on the decision', async () => {
    // Received 60 days ago: the decision was due 18 days ago. Away until 10 days ago: from 45 days ago, 28 of those
    // days fall within the 6 weeks; from 44 days ago, 27.
    const { requestId } = await aCase(dataSource, { receivedOn: daysAgo(60) });
    const away = (startsOn: string) => ({
      regulation: '5(4)',
      kind: 'absent_from_area',
      startsOn,
      endsOn: daysAgo(10),
    });
    const short = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send(away(daysAgo(44)))
      .expect(422);
    expect(short.body.fields).toEqual([
      { field: 'endsOn', messages: [expect.stringMatching(/^Only 27 days .* reg 5\(4\)\(c\) needs/)] },
    ]);
    const ok = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send(away(daysAgo(45)))
      .expect(201);
    const clock = ok.body.requests[0].statutoryClock;
    expect(
      clock.milestones.find((m: { milestone: string }) => m.milestone === 'decision_to_assess'),
    ).toMatchObject({
      status: 'overdue',
      exceptionCase: true,
    });
    // It excuses the decision, not the 20 weeks.
    expect(clock.exceptionCase).toBe(false);
    const [audit] = await dataSource.query(
      `SELECT after FROM audit_records WHERE action = 'request.exception_recorded' AND entity_id = $1`,
      [requestId],
    );
    expect(audit.after).toMatchObject({
      regulation: '5(4)',
      kind: 'absent_from_area',
      startsOn: daysAgo(45),
    });
    await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send({ regulation: '5(4)', kind: 'early_years_closure', startsOn: daysAgo(50), endsOn: daysAgo(10) })
      .expect(422);
  });

  it('records the 2020 coronavirus easement for a historic request, and refuses it for days it was not in force', async () => {
    // Received 6 January 2020: the final plan was due on 25 May 2020, while SI 2020/471 was in force.
    const { requestId } = await aCase(dataSource, { receivedOn: '2020-01-06' });
    const easement = (startsOn: string) => ({ regulation: '10(4)', kind: 'coronavirus', startsOn });
    const before = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send(easement('2020-04-30'))
      .expect(422);
    expect(before.body.fields[0]).toEqual({
      field: 'startsOn',
      messages: [
        'The coronavirus exception (SI 2020/471) was in force from 1 May 2020 to 25 September 2020: it cannot start on 30 April 2020.',
      ],
    });
    const ok = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send(easement('2020-05-01'))
      .expect(201);
    expect(ok.body.requests[0].statutoryClock.exceptionCase).toBe(true);
  });

  it('shows a health team representative only the cases triaged to their team', async () => {
    const salt = await anAgency(dataSource, 'salt', 'health');
    const rep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt',
      agencyKind: 'health',
    });
    const repCookie = await signIn(test, rep);
    const theirs = await aCase(dataSource, { receivedOn: daysAgo(30) });
    const notTheirs = await aCase(dataSource, { receivedOn: daysAgo(30) });
    await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', $3, 'with_team')`,
      [theirs.requestId, salt, daysAgo(20)],
    );
    const list = await http().get('/api/cases?pageSize=100').set('Cookie', repCookie).expect(200);
    expect(list.body.items.map((c: { childId: string }) => c.childId)).toEqual([theirs.childId]);
    await http().get(`/api/cases/${theirs.childId}`).set('Cookie', repCookie).expect(200);
    const hidden = await http().get(`/api/cases/${notTheirs.childId}`).set('Cookie', repCookie).expect(404);
    expect(hidden.body.code).toBe('case_not_found');
  });

  it('answers an unknown case with 404 and a malformed id with 400', async () => {
    await http()
      .get('/api/cases/4b0c7f52-1111-4222-8333-444455556666')
      .set('Cookie', cookie.chair!)
      .expect(404);
    await http().get('/api/cases/not-a-uuid').set('Cookie', cookie.chair!).expect(400);
  });

  it('never writes a child’s name or date of birth to the logs', () => {
    const output = logged.join('');
    expect(output).toContain('POST /api/cases');
    for (const personal of ['Marigold', 'Quibbleton', 'Pippin', 'Crumbleton', '2017-02-11', '2017-02-29']) {
      expect(output).not.toContain(personal);
    }
  });
});
