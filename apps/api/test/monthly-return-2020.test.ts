import { addDays, finalPlanDeadline, latestOf } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseImportFile, type CaseImportRow } from './support/case-import-file.js';
import { aLocality, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * The council's published 2020 return ("Progress Report Re Completion Of EHCP Plans in 20 Weeks 2020", seed 003,
 * §3.3.1): plans issued excluding exceptions and how many in 20 weeks, each month from March to November 2020, and
 * the same over the 12 months to date. The plans of April 2019 to February 2020 are not published month by month;
 * the rolling figures fix them: each month's rolling count less the one before, plus the month leaving the year,
 * gives that month a year earlier. December 2019 to February 2020 are fixed only together (85 plans, none in
 * 20 weeks) and are spread over the three months.
 */
const PUBLISHED = {
  months: ['2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11'],
  issued: [54, 47, 68, 35, 28, 21, 49, 81, 37],
  inTwentyWeeks: [9, 9, 13, 8, 5, 3, 9, 15, 15],
  rollingIssued: [312, 348, 402, 407, 416, 413, 437, 489, 505],
  rollingInTwentyWeeks: [16, 24, 37, 45, 49, 52, 60, 72, 86],
  // As published. October's 18.8% is not 15 of 81 (18.5%): the one figure of the table that does not follow from
  // its own counts.
  percent: [16.7, 19.1, 19.1, 22.9, 17.9, 14.3, 18.4, 18.8, 40.5],
  rollingPercent: [5.1, 6.9, 9.2, 11.1, 11.8, 12.6, 13.7, 14.7, 17.0],
};
const EARLIER: Record<string, [issued: number, inTwentyWeeks: number]> = {
  '2019-04': [11, 1],
  '2019-05': [14, 0],
  '2019-06': [30, 0],
  '2019-07': [19, 1],
  '2019-08': [24, 0],
  '2019-09': [25, 1],
  '2019-10': [29, 3],
  '2019-11': [21, 1],
  '2019-12': [28, 0],
  '2020-01': [28, 0],
  '2020-02': [29, 0],
};

let reference = 0;
/** A final plan issued on `finalIssuedOn` for a request received `days` before it, with any exception. */
function aPlan(finalIssuedOn: string, days: number, exception: CaseImportRow = {}): CaseImportRow {
  reference += 1;
  const receivedOn = addDays(finalIssuedOn, -days);
  return {
    case_reference: `EHC-20-${String(reference).padStart(4, '0')}`,
    given_name: 'Pupil',
    family_name: `Twenty ${reference}`,
    date_of_birth: '2012-01-01',
    year_group: '6',
    locality_code: 'northdale',
    primary_need: 'semh',
    received_on: receivedOn,
    source: 'school',
    stage: 'final_issued',
    decision_to_assess_on: addDays(receivedOn, 20),
    decision_to_issue_on: addDays(finalIssuedOn, -40),
    draft_issued_on: addDays(finalIssuedOn, -30),
    final_issued_on: finalIssuedOn,
    ...exception,
  };
}

/** `issued` plans in the month, the first `inTwentyWeeks` of them on or before their deadline day, the rest after. */
function monthOfPlans(month: string, issued: number, inTwentyWeeks: number): CaseImportRow[] {
  return Array.from({ length: issued }, (_, i) =>
    aPlan(
      `${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
      i < inTwentyWeeks ? 120 + (i % 21) : 141 + (i % 90),
    ),
  );
}

/** A plan whose 20 weeks ran out while the easement was in force, with the coronavirus exception recorded. */
function easedPlan(finalIssuedOn: string, days: number): CaseImportRow {
  const dueOn = finalPlanDeadline(addDays(finalIssuedOn, -days));
  return aPlan(finalIssuedOn, days, {
    exception_regulation: '10(4)',
    exception_kind: 'coronavirus',
    exception_starts_on: latestOf('2020-05-01', addDays(dueOn, -14)),
  });
}

describe('the council’s 2020 monthly return, imported and read back', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: string;
  let imported: { counts: Record<string, number>; rejectedRows: { caseReference: string; field: string }[] };
  const eased = [
    easedPlan('2020-06-10', 170), // due 11 May 2020: late, excused
    easedPlan('2020-07-15', 130), // due 25 July 2020: on time, an exception case all the same
    easedPlan('2020-08-20', 160),
    easedPlan('2020-09-24', 170),
    easedPlan('2020-10-12', 170), // due 12 September 2020
  ];
  // The import refuses, as the clock does, an easement dated after it ended, or for a plan due before it began.
  const refused = [
    aPlan('2020-10-20', 170, {
      exception_regulation: '10(4)',
      exception_kind: 'coronavirus',
      exception_starts_on: '2020-09-26',
    }),
    aPlan('2020-05-20', 200, {
      exception_regulation: '10(4)',
      exception_kind: 'coronavirus',
      exception_starts_on: '2020-05-01',
    }),
  ];

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    await aLocality(dataSource, 'northdale');
    const admin = await signIn(test, await aUser(dataSource, { roles: ['admin'] }));
    chair = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    const rows = [
      ...Object.entries(EARLIER).flatMap(([month, [issued, inTime]]) => monthOfPlans(month, issued, inTime)),
      ...PUBLISHED.months.flatMap((month, i) =>
        monthOfPlans(month, PUBLISHED.issued[i]!, PUBLISHED.inTwentyWeeks[i]!),
      ),
      ...eased,
      ...refused,
    ];
    const response = await request(test.app.getHttpServer())
      .post('/api/cases/import')
      .set('Cookie', admin)
      .attach('file', caseImportFile(rows), { filename: '2020.csv', contentType: 'text/csv' })
      .expect(200);
    imported = response.body;
  }, 120_000);
  afterAll(async () => {
    await test?.close();
  });

  it('imports every plan, and refuses the easements the clock refuses, on their start day', () => {
    expect(imported.counts).toMatchObject({ created: 258 + 420 + eased.length, rejected: 2 });
    expect(imported.rejectedRows).toEqual([
      expect.objectContaining({ caseReference: refused[0]!.case_reference, field: 'exception_starts_on' }),
      expect.objectContaining({ caseReference: refused[1]!.case_reference, field: 'exception_starts_on' }),
    ]);
  });

  it('reproduces the published table, excluding the plans the easement excused', async () => {
    const { body } = await request(test.app.getHttpServer())
      .get('/api/dashboard/timeliness?month=2020-11&months=9')
      .set('Cookie', chair)
      .expect(200);
    expect(body.months).toEqual(PUBLISHED.months);
    const table = body.withoutExceptions as {
      issued: number;
      inTwentyWeeks: number;
      percent: number;
      rolling: { issued: number; inTwentyWeeks: number; percent: number };
    }[];
    expect(table.map((m) => m.issued)).toEqual(PUBLISHED.issued);
    expect(table.map((m) => m.inTwentyWeeks)).toEqual(PUBLISHED.inTwentyWeeks);
    expect(table.map((m) => m.rolling.issued)).toEqual(PUBLISHED.rollingIssued);
    expect(table.map((m) => m.rolling.inTwentyWeeks)).toEqual(PUBLISHED.rollingInTwentyWeeks);
    expect(table.map((m) => m.rolling.percent)).toEqual(PUBLISHED.rollingPercent);
    // Every month's percentage as published but October's: 15 of 81 is 18.5%.
    expect(table.map((m) => m.percent)).toEqual(PUBLISHED.percent.map((p, i) => (i === 7 ? 18.5 : p)));

    // With exception cases, each month from June to October has its eased plan too.
    expect((body.withExceptions as { issued: number }[]).map((m) => m.issued)).toEqual(
      PUBLISHED.issued.map((n, i) => (i >= 3 && i <= 7 ? n + 1 : n)),
    );
  });

  it('shows the easement on the case page as the exception that takes the plan out of the table', async () => {
    const [child] = await dataSource.query(`SELECT id FROM children WHERE case_reference = $1`, [
      eased[0]!.case_reference,
    ]);
    const { body } = await request(test.app.getHttpServer())
      .get(`/api/cases/${child.id}`)
      .set('Cookie', chair)
      .expect(200);
    expect(body.requests[0].exceptions).toEqual([
      expect.objectContaining({ regulation: '10(4)', kind: 'coronavirus', startsOn: '2020-05-01' }),
    ]);
    expect(body.requests[0].statutoryClock).toMatchObject({ exceptionCase: true, rejectedExceptions: [] });
  });
});
