import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseImportFile, type CaseImportRow } from './support/case-import-file.js';
import { aLocality, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * Every kind of exception the Regulations allow, imported through the CSV import, read back from the case page's REST
 * and from the monthly return: one rule (the statutory clock's) decides, so the two agree on every plan.
 *
 * A 2025 plan received on Monday 6 January 2025: the decision whether to assess was due on 17 February 2025 (6 weeks,
 * reg 5(1)), the final plan on 26 May 2025 (20 weeks, reg 13(2)); each was late, and every final plan was issued
 * in June 2025. A 2020 plan under the coronavirus easement was issued in June 2020.
 */
const PATH_2025: CaseImportRow = {
  received_on: '2025-01-06',
  decision_to_assess_on: '2025-02-24',
  decision_to_issue_on: '2025-04-28',
  draft_issued_on: '2025-05-12',
  final_issued_on: '2025-06-10',
};

let reference = 0;
function aPlan(path: CaseImportRow, exception: CaseImportRow): CaseImportRow {
  reference += 1;
  return {
    case_reference: `EHC-XK-${String(reference).padStart(3, '0')}`,
    given_name: 'Pupil',
    family_name: `Exception ${reference}`,
    date_of_birth: '2014-03-01',
    year_group: '5',
    locality_code: 'northdale',
    primary_need: 'semh',
    source: 'school',
    stage: 'final_issued',
    ...path,
    ...exception,
  };
}

/** What the clock accepts, one of each kind and regulation the import takes, and whether it makes a reg 10(4) exception case. */
const ACCEPTED: { name: string; row: CaseImportRow; planException: boolean; decisionException: boolean }[] = [
  {
    name: 'reg 5(4)(a): the school closed, asked a week before',
    row: aPlan(PATH_2025, {
      exception_regulation: '5(4)',
      exception_kind: 'school_closure',
      exception_starts_on: '2025-01-20',
      exception_ends_on: '2025-02-28',
      exception_advice_asked_on: '2025-01-13',
    }),
    planException: false,
    decisionException: true,
  },
  {
    name: 'reg 5(4)(b): exceptional circumstances that began on the day the decision was due',
    row: aPlan(PATH_2025, {
      exception_regulation: '5(4)',
      exception_kind: 'exceptional_circumstances',
      exception_starts_on: '2025-02-17',
    }),
    planException: false,
    decisionException: true,
  },
  {
    name: 'reg 5(4)(c): 4 weeks away within the 6 weeks',
    row: aPlan(PATH_2025, {
      exception_regulation: '5(4)',
      exception_kind: 'absent_from_area',
      exception_starts_on: '2025-01-10',
      exception_ends_on: '2025-02-06',
    }),
    planException: false,
    decisionException: true,
  },
  {
    name: 'reg 10(4)(a): the school closed',
    row: aPlan(PATH_2025, {
      exception_regulation: '10(4)',
      exception_kind: 'school_closure',
      exception_starts_on: '2025-03-01',
      exception_ends_on: '2025-04-30',
      exception_advice_asked_on: '2025-02-22',
    }),
    planException: true,
    decisionException: false,
  },
  {
    name: 'reg 10(4)(b): the early years provider closed',
    row: aPlan(PATH_2025, {
      exception_regulation: '10(4)',
      exception_kind: 'early_years_closure',
      exception_starts_on: '2025-03-01',
      exception_ends_on: '2025-03-28',
      exception_advice_asked_on: '2025-03-21',
    }),
    planException: true,
    decisionException: false,
  },
  {
    name: 'reg 10(4)(c): exceptional circumstances',
    row: aPlan(PATH_2025, {
      exception_regulation: '10(4)',
      exception_kind: 'exceptional_circumstances',
      exception_starts_on: '2025-05-26',
    }),
    planException: true,
    decisionException: false,
  },
  {
    name: 'reg 10(4)(d): 4 weeks away within the 20 weeks',
    row: aPlan(PATH_2025, {
      exception_regulation: '10(4)',
      exception_kind: 'absent_from_area',
      exception_starts_on: '2025-04-29',
      exception_ends_on: '2025-06-20',
    }),
    planException: true,
    decisionException: false,
  },
  {
    name: 'SI 2020/471 on the 20 weeks: due on 25 May 2020, while the easement was in force',
    row: aPlan(
      {
        received_on: '2020-01-06',
        decision_to_assess_on: '2020-02-10',
        decision_to_issue_on: '2020-04-27',
        draft_issued_on: '2020-05-11',
        final_issued_on: '2020-06-15',
      },
      { exception_regulation: '10(4)', exception_kind: 'coronavirus', exception_starts_on: '2020-05-01' },
    ),
    planException: true,
    decisionException: false,
  },
  {
    name: 'SI 2020/471 on the 6 weeks: due on 18 May 2020',
    row: aPlan(
      {
        received_on: '2020-04-06',
        decision_to_assess_on: '2020-05-25',
        decision_to_issue_on: '2020-06-01',
        draft_issued_on: '2020-06-05',
        final_issued_on: '2020-06-22',
      },
      { exception_regulation: '5(4)', exception_kind: 'coronavirus', exception_starts_on: '2020-05-01' },
    ),
    planException: false,
    decisionException: true,
  },
];

/** What the clock refuses, and the column the import points at. */
const REFUSED: { name: string; exception: CaseImportRow; field: string }[] = [
  {
    name: 'reg 8(2): an advice the import does not bring in',
    exception: {
      exception_regulation: '8(2)',
      exception_kind: 'absent_from_area',
      exception_starts_on: '2025-01-10',
      exception_ends_on: '2025-02-20',
    },
    field: 'exception_regulation',
  },
  {
    name: 'reg 5(4) has no early years closure',
    exception: {
      exception_regulation: '5(4)',
      exception_kind: 'early_years_closure',
      exception_starts_on: '2025-01-20',
      exception_ends_on: '2025-02-28',
      exception_advice_asked_on: '2025-01-13',
    },
    field: 'exception_kind',
  },
  {
    name: 'reg 5(4)(b): circumstances that began the day after the decision was due',
    exception: {
      exception_regulation: '5(4)',
      exception_kind: 'exceptional_circumstances',
      exception_starts_on: '2025-02-18',
    },
    field: 'exception_starts_on',
  },
  {
    name: 'reg 10(4) has no missed appointment',
    exception: {
      exception_regulation: '10(4)',
      exception_kind: 'missed_appointment',
      exception_starts_on: '2025-03-03',
    },
    field: 'exception_kind',
  },
  {
    name: 'reg 10(4)(a): advice asked 8 days before the school closed',
    exception: {
      exception_regulation: '10(4)',
      exception_kind: 'school_closure',
      exception_starts_on: '2025-03-01',
      exception_ends_on: '2025-04-30',
      exception_advice_asked_on: '2025-02-21',
    },
    field: 'exception_advice_asked_on',
  },
  {
    name: 'reg 10(4)(d): 27 days away',
    exception: {
      exception_regulation: '10(4)',
      exception_kind: 'absent_from_area',
      exception_starts_on: '2025-03-01',
      exception_ends_on: '2025-03-27',
    },
    field: 'exception_ends_on',
  },
  {
    name: 'reg 10(4)(d): 4 weeks away, but only 27 days of them within the 20 weeks',
    exception: {
      exception_regulation: '10(4)',
      exception_kind: 'absent_from_area',
      exception_starts_on: '2025-04-30',
      exception_ends_on: '2025-06-20',
    },
    field: 'exception_ends_on',
  },
];

const REFUSED_ROWS = REFUSED.map(({ exception }) => aPlan(PATH_2025, exception));

/**
 * The same refused exceptions, on plans imported before the import checked exceptions with the clock: the rows are
 * imported without them, and the exceptions written as that import wrote them (reg 8(2) aside, which names no advice).
 */
const KEPT_FROM_BEFORE = REFUSED.filter(({ exception }) => exception.exception_regulation !== '8(2)').map(
  ({ name, exception }) => ({ name, exception, row: aPlan(PATH_2025, {}) }),
);

interface ReturnedPlan {
  caseReference: string;
  exceptionCase: boolean;
  inTwentyWeeks: boolean;
}

describe('each kind of exception, imported, reads the same on the case page and in the monthly return', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: string;
  let imported: { counts: Record<string, number>; rejectedRows: { caseReference: string; field: string }[] };

  const get = async (path: string) =>
    (await request(test.app.getHttpServer()).get(path).set('Cookie', chair).expect(200)).body;
  const childOf = async (caseReference: string): Promise<string> => {
    const [child] = await dataSource.query(`SELECT id FROM children WHERE case_reference = $1`, [
      caseReference,
    ]);
    return child.id;
  };
  const casePage = async (caseReference: string) =>
    (await get(`/api/cases/${await childOf(caseReference)}`)).requests[0];
  const returned = async (month: string): Promise<ReturnedPlan[]> =>
    get(`/api/dashboard/timeliness/cases?month=${month}&exceptions=include`);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    await aLocality(dataSource, 'northdale');
    const admin = await signIn(test, await aUser(dataSource, { roles: ['admin'] }));
    chair = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    const response = await request(test.app.getHttpServer())
      .post('/api/cases/import')
      .set('Cookie', admin)
      .attach(
        'file',
        caseImportFile([
          ...ACCEPTED.map((a) => a.row),
          ...REFUSED_ROWS,
          ...KEPT_FROM_BEFORE.map((k) => k.row),
        ]),
        { filename: 'exceptions.csv', contentType: 'text/csv' },
      )
      .expect(200);
    imported = response.body;
    for (const { row, exception } of KEPT_FROM_BEFORE) {
      await dataSource.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, advice_asked_on, note)
         SELECT r.id, $2, $3, $4, $5, $6, 'Imported from the case-management system'
           FROM ehc_requests r JOIN children c ON c.id = r.child_id WHERE c.case_reference = $1`,
        [
          row.case_reference,
          exception.exception_regulation,
          exception.exception_kind,
          exception.exception_starts_on,
          exception.exception_ends_on ?? null,
          exception.exception_advice_asked_on ?? null,
        ],
      );
    }
  }, 120_000);
  afterAll(async () => {
    await test?.close();
  });

  it('imports every exception the clock accepts, and refuses each one it refuses on its column', () => {
    expect(imported.counts).toMatchObject({
      created: ACCEPTED.length + KEPT_FROM_BEFORE.length,
      rejected: REFUSED.length,
    });
    expect(imported.rejectedRows).toEqual(
      REFUSED.map(({ field }, i) =>
        expect.objectContaining({ caseReference: REFUSED_ROWS[i]!.case_reference, field }),
      ),
    );
  });

  it.each(ACCEPTED)('$name: the case page marks the time limit it excuses', async (accepted) => {
    const { statutoryClock, exceptions } = await casePage(accepted.row.case_reference!);
    expect(exceptions).toEqual([expect.objectContaining({ notAllowedBecause: null })]);
    expect(statutoryClock.rejectedExceptions).toEqual([]);
    expect(statutoryClock.exceptionCase).toBe(accepted.planException);
    const milestone = (name: string) =>
      (statutoryClock.milestones as { milestone: string; exceptionCase: boolean }[]).find(
        (m) => m.milestone === name,
      );
    expect(milestone('decision_to_assess')?.exceptionCase).toBe(accepted.decisionException);
    expect(milestone('final_plan')?.exceptionCase).toBe(accepted.planException);
  });

  it.each(KEPT_FROM_BEFORE)(
    '$name, kept from before the import checked it: the case page says it is not allowed and counts nothing',
    async ({ row }) => {
      const { statutoryClock, exceptions } = await casePage(row.case_reference!);
      expect(statutoryClock.exceptionCase).toBe(false);
      expect(statutoryClock.rejectedExceptions).toHaveLength(1);
      // The same reason the import gives for the same exception, beside the exception itself.
      expect(exceptions).toEqual([
        expect.objectContaining({ notAllowedBecause: statutoryClock.rejectedExceptions[0].reason }),
      ]);
      expect(exceptions[0].notAllowedBecause).toEqual(expect.any(String));
      expect((statutoryClock.milestones as { exceptionCase: boolean }[]).some((m) => m.exceptionCase)).toBe(
        false,
      );
    },
  );

  it('the return lists every plan with the exception case the case page shows', async () => {
    const plans = [...(await returned('2025-06')), ...(await returned('2020-06'))];
    const imported = [...ACCEPTED.map((a) => a.row), ...KEPT_FROM_BEFORE.map((k) => k.row)];
    expect(plans.map((p) => p.caseReference).sort()).toEqual(imported.map((r) => r.case_reference).sort());
    for (const plan of plans) {
      const { statutoryClock } = await casePage(plan.caseReference);
      expect({ plan: plan.caseReference, exceptionCase: plan.exceptionCase }).toEqual({
        plan: plan.caseReference,
        exceptionCase: statutoryClock.exceptionCase,
      });
    }
  });

  it('the return with and without exceptions leaves out exactly the plans the case page calls exception cases', async () => {
    const report = await get('/api/dashboard/timeliness?month=2025-06&months=1');
    const in2025 = [...ACCEPTED.filter((a) => a.row.received_on === '2025-01-06'), ...KEPT_FROM_BEFORE];
    const planExceptions = ACCEPTED.filter(
      (a) => a.planException && a.row.received_on === '2025-01-06',
    ).length;
    expect(report.withExceptions[0]).toMatchObject({
      month: '2025-06',
      issued: in2025.length,
      inTwentyWeeks: 0,
    });
    expect(report.withoutExceptions[0]).toMatchObject({
      month: '2025-06',
      issued: in2025.length - planExceptions,
      inTwentyWeeks: 0,
    });
    const without = (await get(
      '/api/dashboard/timeliness/cases?month=2025-06&exceptions=exclude',
    )) as ReturnedPlan[];
    expect(without).toHaveLength(in2025.length - planExceptions);

    const in2020 = await get('/api/dashboard/timeliness?month=2020-06&months=1');
    expect(in2020.withExceptions[0]).toMatchObject({ issued: 2 });
    // The 2020 easement on the 20 weeks takes its plan out; the one on the 6 weeks does not.
    expect(in2020.withoutExceptions[0]).toMatchObject({ issued: 1 });
  });

  it('the dashboard’s decisions in 6 weeks mark each decision as the case page marks it (reg 5(4))', async () => {
    const listed = [
      ...((await get('/api/dashboard/decisions-to-assess/cases?month=2025-02&exceptions=include')) as {
        caseReference: string;
        exceptionCase: boolean;
      }[]),
      ...((await get('/api/dashboard/decisions-to-assess/cases?month=2020-05&exceptions=include')) as {
        caseReference: string;
        exceptionCase: boolean;
      }[]),
    ];
    const excused = ACCEPTED.filter((a) => a.decisionException).map((a) => a.row.case_reference);
    expect(
      listed
        .filter((d) => d.exceptionCase)
        .map((d) => d.caseReference)
        .sort(),
    ).toEqual(excused.sort());
    for (const decision of listed) {
      const { statutoryClock } = await casePage(decision.caseReference);
      const milestone = (statutoryClock.milestones as { milestone: string; exceptionCase: boolean }[]).find(
        (m) => m.milestone === 'decision_to_assess',
      );
      expect({ plan: decision.caseReference, exceptionCase: milestone?.exceptionCase }).toEqual({
        plan: decision.caseReference,
        exceptionCase: decision.exceptionCase,
      });
    }
  });
});
