import { CASE_IMPORT_COLUMNS } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { caseImportFile, type CaseImportRow } from './support/case-import-file.js';
import { aLocality, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInEngland()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

type Row = CaseImportRow;
const csvFile = caseImportFile;

/** A final plan issued in week 16, with a reg 10(4) closure of the school over the holidays. */
const finalIssued = (reference: string, overrides: Row = {}): Row => ({
  case_reference: reference,
  given_name: 'Marigold',
  family_name: 'Quibbleton',
  date_of_birth: '2016-02-11',
  year_group: '4',
  setting_name: 'Northdale Primary',
  locality_code: 'northdale',
  flo_email: 'flo.import@council.example',
  primary_need: 'communication_interaction',
  vulnerability_markers: 'child_in_need;looked_after',
  received_on: daysAgo(200),
  source: 'school',
  stage: 'final_issued',
  decision_to_assess_on: daysAgo(190),
  decision_to_issue_on: daysAgo(120),
  draft_issued_on: daysAgo(110),
  final_issued_on: daysAgo(90),
  exception_regulation: '10(4)',
  exception_kind: 'school_closure',
  exception_starts_on: daysAgo(150),
  exception_ends_on: daysAgo(110),
  // reg 10(4)(a): asked a week before the school closed.
  exception_advice_asked_on: daysAgo(157),
  ...overrides,
});

const refused = (reference: string, overrides: Row = {}): Row => ({
  case_reference: reference,
  given_name: 'Tobias',
  family_name: 'Fennimore',
  date_of_birth: '2012-09-30',
  year_group: '8',
  locality_code: 'southmere',
  primary_need: 'semh',
  received_on: daysAgo(60),
  source: 'parent',
  stage: 'refused',
  closed_on: daysAgo(45),
  ...overrides,
});

const received = (reference: string, overrides: Row = {}): Row => ({
  case_reference: reference,
  given_name: 'Ottilie',
  family_name: 'Brackenbury',
  date_of_birth: '2020-04-01',
  year_group: '0',
  locality_code: 'northdale',
  primary_need: 'physical_sensory',
  received_on: daysAgo(5),
  source: 'health',
  stage: 'received',
  ...overrides,
});

describe('importing cases from the case-management system', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let flo: TestUser;
  const cookie: Record<string, string> = {};
  const logged: string[] = [];
  const http = () => request(test.app.getHttpServer());
  const upload = (file: Buffer, as = cookie.admin!) =>
    http()
      .post('/api/cases/import')
      .set('Cookie', as)
      .attach('file', file, { filename: 'cases.csv', contentType: 'text/csv' });
  const count = async (table: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const counts = async () => ({
    children: await count('children'),
    requests: await count('ehc_requests'),
    events: await count('request_events'),
    exceptions: await count('statutory_exceptions'),
    audit: await count('audit_records'),
  });

  beforeAll(async () => {
    test = await startTestApp({ LOG_LEVEL: 'verbose' });
    dataSource = test.app.get(DataSource);
    for (const code of ['northdale', 'southmere', 'eastbrook']) await aLocality(dataSource, code);
    admin = await aUser(dataSource, { roles: ['admin'] });
    flo = await aUser(dataSource, { roles: ['presenter'], email: 'flo.import@council.example' });
    const chair = await aUser(dataSource, { roles: ['chair', 'panel_member'] });
    cookie.admin = await signIn(test, admin);
    cookie.chair = await signIn(test, chair);
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

  const firstFile = csvFile([finalIssued('EHC-24-0173'), refused('EHC-25-0042'), received('EHC-25-0101')]);

  it('creates each child with its request, a step for each point reached, and its exception', async () => {
    const response = await upload(firstFile).expect(200);
    expect(response.body).toEqual({
      counts: { rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 },
      rejectedRows: [],
      ignoredColumns: [],
    });

    const children = await dataSource.query(
      `SELECT c.case_reference, c.given_name, c.year_group, c.family_link_officer_id, c.vulnerability_markers, c.vulnerability_score, l.code AS locality
         FROM children c JOIN localities l ON l.id = c.locality_id ORDER BY c.case_reference`,
    );
    expect(children).toEqual([
      {
        case_reference: 'EHC-24-0173',
        given_name: 'Marigold',
        year_group: 4,
        family_link_officer_id: flo.id,
        vulnerability_markers: ['child_in_need', 'looked_after'],
        vulnerability_score: 5,
        locality: 'northdale',
      },
      {
        case_reference: 'EHC-25-0042',
        given_name: 'Tobias',
        year_group: 8,
        family_link_officer_id: null,
        vulnerability_markers: [],
        vulnerability_score: 0,
        locality: 'southmere',
      },
      {
        case_reference: 'EHC-25-0101',
        given_name: 'Ottilie',
        year_group: 0,
        family_link_officer_id: null,
        vulnerability_markers: [],
        vulnerability_score: 0,
        locality: 'northdale',
      },
    ]);

    const requests = await dataSource.query(
      `SELECT c.case_reference, r.stage, r.source, r.received_on, r.decision_to_assess_on, r.decision_to_issue_on, r.draft_issued_on, r.final_issued_on, r.closed_on
         FROM ehc_requests r JOIN children c ON c.id = r.child_id ORDER BY c.case_reference`,
    );
    expect(requests).toEqual([
      {
        case_reference: 'EHC-24-0173',
        stage: 'final_issued',
        source: 'school',
        received_on: daysAgo(200),
        decision_to_assess_on: daysAgo(190),
        decision_to_issue_on: daysAgo(120),
        draft_issued_on: daysAgo(110),
        final_issued_on: daysAgo(90),
        closed_on: null,
      },
      // A refusal is the decision whether to assess, as the panel records it.
      {
        case_reference: 'EHC-25-0042',
        stage: 'refused',
        source: 'parent',
        received_on: daysAgo(60),
        decision_to_assess_on: daysAgo(45),
        decision_to_issue_on: null,
        draft_issued_on: null,
        final_issued_on: null,
        closed_on: daysAgo(45),
      },
      {
        case_reference: 'EHC-25-0101',
        stage: 'received',
        source: 'health',
        received_on: daysAgo(5),
        decision_to_assess_on: null,
        decision_to_issue_on: null,
        draft_issued_on: null,
        final_issued_on: null,
        closed_on: null,
      },
    ]);

    const steps = await dataSource.query(
      `SELECT c.case_reference, array_agg(e.stage ORDER BY e.occurred_on, e.recorded_at) AS stages, bool_and(e.recorded_by = $1) AS by_admin
         FROM request_events e JOIN ehc_requests r ON r.id = e.request_id JOIN children c ON c.id = r.child_id
        GROUP BY c.case_reference ORDER BY c.case_reference`,
      [admin.id],
    );
    expect(steps).toEqual([
      {
        case_reference: 'EHC-24-0173',
        stages: ['received', 'assessment', 'decision_to_issue', 'draft_issued', 'final_issued'],
        by_admin: true,
      },
      { case_reference: 'EHC-25-0042', stages: ['received', 'refused'], by_admin: true },
      { case_reference: 'EHC-25-0101', stages: ['received'], by_admin: true },
    ]);

    expect(
      await dataSource.query(`SELECT regulation, kind, starts_on, ends_on FROM statutory_exceptions`),
    ).toEqual([
      { regulation: '10(4)', kind: 'school_closure', starts_on: daysAgo(150), ends_on: daysAgo(110) },
    ]);
    const audit = await dataSource.query(
      `SELECT action, actor_id, entity_type FROM audit_records WHERE action LIKE 'case.%'`,
    );
    expect(audit).toHaveLength(3);
    expect(audit).toEqual(
      Array(3).fill({ action: 'case.imported', actor_id: admin.id, entity_type: 'child' }),
    );
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const response = await upload(firstFile).expect(200);
    expect(response.body.counts).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await counts()).toEqual(before);
  });

  it('brings a changed case up to date, then leaves it alone', async () => {
    const before = await counts();
    const changed = csvFile([
      finalIssued('EHC-24-0173'),
      refused('EHC-25-0042'),
      received('EHC-25-0101', {
        stage: 'assessment',
        decision_to_assess_on: daysAgo(1),
        year_group: '1',
        vulnerability_markers: 'child_protection',
      }),
    ]);
    const response = await upload(changed).expect(200);
    expect(response.body.counts).toEqual({ rows: 3, created: 0, updated: 1, unchanged: 2, rejected: 0 });

    const [child] = await dataSource.query(
      `SELECT c.id, c.year_group, c.vulnerability_score, r.stage, r.decision_to_assess_on FROM children c JOIN ehc_requests r ON r.child_id = c.id WHERE c.case_reference = 'EHC-25-0101'`,
    );
    expect(child).toMatchObject({
      year_group: 1,
      vulnerability_score: 3,
      stage: 'assessment',
      decision_to_assess_on: daysAgo(1),
    });
    expect(await counts()).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1 });
    const [audit] = await dataSource.query(
      `SELECT actor_id, before, after FROM audit_records WHERE action = 'case.import_updated' AND entity_id = $1`,
      [child.id],
    );
    expect(audit.actor_id).toBe(admin.id);
    expect(audit.before.request.stage).toBe('received');
    expect(audit.after.request.stage).toBe('assessment');

    const again = await upload(changed).expect(200);
    expect(again.body.counts).toMatchObject({ unchanged: 3, updated: 0 });
    expect(await counts()).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1 });
  });

  it('corrects the exception it imported in place, rather than adding a second', async () => {
    const before = await counts();
    const response = await upload(
      csvFile([finalIssued('EHC-24-0173', { exception_ends_on: daysAgo(100) })]),
    ).expect(200);
    expect(response.body.counts).toMatchObject({ updated: 1 });
    expect(await dataSource.query(`SELECT kind, starts_on, ends_on FROM statutory_exceptions`)).toEqual([
      { kind: 'school_closure', starts_on: daysAgo(150), ends_on: daysAgo(100) },
    ]);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('adds a later request beside a closed one, and never writes an older request over a later one', async () => {
    const again = refused('EHC-25-0042', { received_on: daysAgo(20), stage: 'received', closed_on: '' });
    expect((await upload(csvFile([again])).expect(200)).body.counts).toMatchObject({ updated: 1 });
    const requests = await dataSource.query(
      `SELECT r.stage, r.received_on FROM ehc_requests r JOIN children c ON c.id = r.child_id WHERE c.case_reference = 'EHC-25-0042' ORDER BY r.received_on`,
    );
    expect(requests).toEqual([
      { stage: 'refused', received_on: daysAgo(60) },
      { stage: 'received', received_on: daysAgo(20) },
    ]);

    const older = await upload(csvFile([refused('EHC-25-0042')])).expect(200);
    expect(older.body.counts).toMatchObject({ rejected: 1, updated: 0 });
    expect(older.body.rejectedRows).toEqual([
      {
        line: 2,
        caseReference: 'EHC-25-0042',
        field: 'received_on',
        reason: expect.stringContaining(`already has a later request, received on ${daysAgo(20)}`),
      },
    ]);
  });

  it('rejects bad rows with their line and column, and still imports the good rows of the same file', async () => {
    const before = await counts();
    const file = csvFile([
      received('EHC-25-0201'),
      received('EHC-25-0202', { locality_code: 'nowhere' }),
      finalIssued('EHC-25-0203', { draft_issued_on: '' }),
      finalIssued('EHC-25-0204', { final_issued_on: daysAgo(100) }),
      received('EHC-25-0205', { received_on: daysAgo(-3) }),
      received('EHC-25-0206', { vulnerability_markers: 'child_in_need;gang_affiliated' }),
      refused('EHC-25-0207'),
    ]);
    const response = await upload(file).expect(200);
    expect(response.body.counts).toEqual({ rows: 7, created: 2, updated: 0, unchanged: 0, rejected: 5 });
    expect(
      response.body.rejectedRows.map((r: { line: number; caseReference: string; field: string }) => [
        r.line,
        r.caseReference,
        r.field,
      ]),
    ).toEqual([
      [3, 'EHC-25-0202', 'locality_code'],
      [4, 'EHC-25-0203', 'draft_issued_on'],
      [5, 'EHC-25-0204', 'final_issued_on'],
      [6, 'EHC-25-0205', 'received_on'],
      [7, 'EHC-25-0206', 'vulnerability_markers'],
    ]);
    const reasons = response.body.rejectedRows.map((r: { reason: string }) => r.reason);
    expect(reasons[0]).toBe("locality_code 'nowhere' is not one of: eastbrook, northdale, southmere");
    expect(reasons[1]).toBe("stage 'final_issued' needs draft_issued_on, the day of the draft plan");
    expect(reasons[2]).toContain('the family has at least 15 days to comment on the draft (reg 13(1))');
    expect(reasons[3]).toContain('is in the future');
    expect(reasons[4]).toContain("'gang_affiliated' is not one of");

    const imported = await dataSource.query(
      `SELECT case_reference FROM children WHERE case_reference LIKE 'EHC-25-02%' ORDER BY case_reference`,
    );
    expect(imported.map((c: { case_reference: string }) => c.case_reference)).toEqual([
      'EHC-25-0201',
      'EHC-25-0207',
    ]);
    expect(await counts()).toEqual({
      ...before,
      children: before.children + 2,
      requests: before.requests + 2,
      events: before.events + 3,
      audit: before.audit + 2,
    });
  });

  it('refuses a row whose exception the statutory clock would refuse, as the case page refuses it', async () => {
    const before = await counts();
    // The window opens a week before the closure (daysAgo(157)); a day earlier is outside it.
    const outside = finalIssued('EHC-25-0301', { exception_advice_asked_on: daysAgo(158) });
    const response = await upload(csvFile([outside])).expect(200);
    expect(response.body.counts).toMatchObject({ rows: 1, created: 0, rejected: 1 });
    expect(response.body.rejectedRows).toEqual([
      {
        line: 2,
        caseReference: 'EHC-25-0301',
        field: 'exception_advice_asked_on',
        reason: expect.stringMatching(
          /^The advice was asked for on .*; reg 10\(4\)\(a\) covers advice asked from/,
        ),
      },
    ]);
    expect(await counts()).toEqual(before);

    // The same exception sent to the case page's API is refused for the same reason.
    const { requestId } = (
      await dataSource.query(
        `SELECT r.id AS "requestId" FROM ehc_requests r JOIN children c ON c.id = r.child_id WHERE c.case_reference = 'EHC-24-0173'`,
      )
    )[0];
    const rest = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', cookie.chair!)
      .send({
        regulation: '10(4)',
        kind: 'school_closure',
        startsOn: daysAgo(150),
        endsOn: daysAgo(110),
        adviceAskedOn: daysAgo(158),
      })
      .expect(422);
    expect(rest.body.fields).toEqual([
      { field: 'adviceAskedOn', messages: [response.body.rejectedRows[0].reason] },
    ]);
  });

  it('is for service administrators only', async () => {
    const before = await counts();
    const refusedForChair = await upload(csvFile([received('EHC-25-0301')]), cookie.chair).expect(403);
    expect(refusedForChair.body.code).toBe('forbidden');
    await http()
      .post('/api/cases/import')
      .attach('file', csvFile([received('EHC-25-0301')]), 'cases.csv')
      .expect(401);
    expect(await counts()).toEqual(before);
  });

  it('refuses a whole file that lacks a required column, naming it', async () => {
    const before = await counts();
    const columns = CASE_IMPORT_COLUMNS.filter((c) => c !== 'stage');
    const response = await upload(csvFile([received('EHC-25-0401')], columns)).expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      code: 'import_file_missing_columns',
      fields: [{ field: 'file' }],
    });
    expect(response.body.message).toContain('missing the required column stage');
    expect(await counts()).toEqual(before);
  });

  it('asks for the file when none is sent, and refuses one that is not CSV', async () => {
    const missing = await http()
      .post('/api/cases/import')
      .set('Cookie', cookie.admin!)
      .field('note', 'no file here')
      .expect(400);
    expect(missing.body).toMatchObject({ code: 'import_file_missing', fields: [{ field: 'file' }] });
    expect(missing.body.message).toContain('"file"');
    const workbook = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])).expect(400);
    expect(workbook.body.code).toBe('import_file_not_csv');
  });

  it('never writes a child’s name or date of birth to the logs', () => {
    const logs = logged.join('');
    expect(logs).toContain('case import by user');
    for (const personal of ['Marigold', 'Quibbleton', 'Tobias', 'Ottilie', 'Brackenbury', '2016-02-11'])
      expect(logs).not.toContain(personal);
  });
});
