import { CASE_IMPORT_COLUMNS, type CaseImportColumn } from '@convene/contracts';
import { describe, expect, it } from 'vitest';
import type { CaseImportLine } from './case-import.parser.js';
import {
  checkCaseImportLine,
  validateCaseImportLines,
  type CaseImportReferenceData,
} from './case-import-row.validator.js';

const TODAY = '2025-06-30';
const reference: CaseImportReferenceData = {
  today: TODAY,
  localities: new Map([
    ['northdale', 'locality-northdale'],
    ['southmere', 'locality-southmere'],
    ['vulnerable_pupils', 'locality-vulnerable'],
  ]),
  users: new Map([
    ['flo@council.example', { id: 'user-flo', active: true, presenter: true }],
    ['left@council.example', { id: 'user-left', active: false, presenter: true }],
    ['chair@council.example', { id: 'user-chair', active: true, presenter: false }],
  ]),
};

/** A final plan issued on time: every column filled in. */
const FINAL_ISSUED: Partial<Record<CaseImportColumn, string>> = {
  case_reference: 'EHC-24-0173',
  given_name: 'Marigold',
  family_name: 'Quibbleton',
  date_of_birth: '2016-02-11',
  year_group: '4',
  setting_name: 'Northdale Primary',
  locality_code: 'northdale',
  flo_email: 'flo@council.example',
  primary_need: 'communication_interaction',
  vulnerability_markers: 'child_in_need;looked_after',
  received_on: '2024-09-02',
  source: 'school',
  stage: 'final_issued',
  decision_to_assess_on: '2024-09-18',
  decision_to_issue_on: '2024-12-04',
  draft_issued_on: '2024-12-11',
  final_issued_on: '2025-01-13',
  exception_regulation: '10(4)',
  exception_kind: 'school_closure',
  exception_starts_on: '2024-12-20',
  exception_ends_on: '2025-01-31',
  // reg 10(4)(a): the school asked from a week before it closed (13 December) to a week before it reopens.
  exception_advice_asked_on: '2024-12-16',
};

let nextLine = 2;
function aLine(cells: Partial<Record<CaseImportColumn, string>> = {}, base = FINAL_ISSUED): CaseImportLine {
  const all = Object.fromEntries(CASE_IMPORT_COLUMNS.map((c) => [c, ''])) as Record<CaseImportColumn, string>;
  return { line: nextLine++, cells: { ...all, ...base, ...cells }, cellCountProblem: null };
}

/** An open request at `received`: no later dates, no exception. */
const RECEIVED: Partial<Record<CaseImportColumn, string>> = {
  ...FINAL_ISSUED,
  stage: 'received',
  decision_to_assess_on: '',
  decision_to_issue_on: '',
  draft_issued_on: '',
  final_issued_on: '',
  exception_regulation: '',
  exception_kind: '',
  exception_starts_on: '',
  exception_ends_on: '',
  exception_advice_asked_on: '',
};

function problemsOf(line: CaseImportLine) {
  const outcome = checkCaseImportLine(line, reference);
  return outcome.ok ? [] : outcome.problems;
}
const fieldsOf = (line: CaseImportLine) => problemsOf(line).map((p) => p.field);

describe('reading a row of a case import', () => {
  it('turns a final plan issued on time into a child, its request, every step and the exception', () => {
    const outcome = checkCaseImportLine(aLine(), reference);
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    expect(outcome.imported.child).toEqual({
      givenName: 'Marigold',
      familyName: 'Quibbleton',
      dateOfBirth: '2016-02-11',
      yearGroup: 4,
      settingName: 'Northdale Primary',
      localityId: 'locality-northdale',
      familyLinkOfficerId: 'user-flo',
      primaryNeed: 'communication_interaction',
      vulnerabilityMarkers: ['child_in_need', 'looked_after'],
    });
    expect(outcome.imported.request).toEqual({
      receivedOn: '2024-09-02',
      source: 'school',
      stage: 'final_issued',
      decisionToAssessOn: '2024-09-18',
      decisionToIssueOn: '2024-12-04',
      draftIssuedOn: '2024-12-11',
      finalIssuedOn: '2025-01-13',
      closedOn: null,
    });
    expect(outcome.imported.steps).toEqual([
      { stage: 'received', occurredOn: '2024-09-02' },
      { stage: 'assessment', occurredOn: '2024-09-18' },
      { stage: 'decision_to_issue', occurredOn: '2024-12-04' },
      { stage: 'draft_issued', occurredOn: '2024-12-11' },
      { stage: 'final_issued', occurredOn: '2025-01-13' },
    ]);
    expect(outcome.imported.exception).toEqual({
      regulation: '10(4)',
      kind: 'school_closure',
      startsOn: '2024-12-20',
      endsOn: '2025-01-31',
      adviceAskedOn: '2024-12-16',
    });
  });

  it('accepts a request just received with only the required columns', () => {
    const outcome = checkCaseImportLine(
      aLine({ setting_name: '', flo_email: '', vulnerability_markers: '' }, RECEIVED),
      reference,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.imported.child).toMatchObject({
      settingName: null,
      familyLinkOfficerId: null,
      vulnerabilityMarkers: [],
    });
    expect(outcome.imported.steps).toEqual([{ stage: 'received', occurredOn: '2024-09-02' }]);
    expect(outcome.imported.exception).toBeNull();
  });

  it('trims cells and reads vocabulary whatever its case', () => {
    const outcome = checkCaseImportLine(
      aLine(
        {
          source: ' School ',
          stage: 'RECEIVED',
          locality_code: 'Northdale',
          flo_email: 'FLO@Council.example',
          vulnerability_markers: ' Looked_After ; child_in_need;child_in_need ',
        },
        RECEIVED,
      ),
      reference,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.imported.request.source).toBe('school');
    expect(outcome.imported.child.localityId).toBe('locality-northdale');
    expect(outcome.imported.child.familyLinkOfficerId).toBe('user-flo');
    // Always in the vocabulary's order, without repeats, so the same markers compare equal on the next import.
    expect(outcome.imported.child.vulnerabilityMarkers).toEqual(['child_in_need', 'looked_after']);
  });

  it('records a refusal as the decision whether to assess, on the day it closed', () => {
    const outcome = checkCaseImportLine(
      aLine({ stage: 'refused', closed_on: '2024-09-25' }, RECEIVED),
      reference,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.imported.request).toMatchObject({
      stage: 'refused',
      decisionToAssessOn: '2024-09-25',
      closedOn: '2024-09-25',
    });
    expect(outcome.imported.steps.map((s) => s.stage)).toEqual(['received', 'refused']);
  });

  it('records a decision not to issue after the assessment, and a withdrawal after the steps it reached', () => {
    const notIssued = checkCaseImportLine(
      aLine({ stage: 'not_issued', decision_to_assess_on: '2024-09-18', closed_on: '2024-12-18' }, RECEIVED),
      reference,
    );
    expect(notIssued.ok && notIssued.imported.request).toMatchObject({
      decisionToIssueOn: '2024-12-18',
      closedOn: '2024-12-18',
    });
    expect(notIssued.ok && notIssued.imported.steps.map((s) => s.stage)).toEqual([
      'received',
      'assessment',
      'not_issued',
    ]);

    const withdrawn = checkCaseImportLine(
      aLine({ stage: 'withdrawn', decision_to_assess_on: '2024-09-18', closed_on: '2024-10-01' }, RECEIVED),
      reference,
    );
    expect(withdrawn.ok && withdrawn.imported.steps).toEqual([
      { stage: 'received', occurredOn: '2024-09-02' },
      { stage: 'assessment', occurredOn: '2024-09-18' },
      { stage: 'withdrawn', occurredOn: '2024-10-01' },
    ]);
  });
});

describe('refusing a row, naming the column and what would be accepted', () => {
  it('lists the localities when the code is unknown', () => {
    expect(problemsOf(aLine({ locality_code: 'nowhere' }))).toEqual([
      {
        field: 'locality_code',
        reason: "locality_code 'nowhere' is not one of: northdale, southmere, vulnerable_pupils",
      },
    ]);
  });

  it('says which vulnerability marker is not known, and how to separate several', () => {
    const [problem] = problemsOf(aLine({ vulnerability_markers: 'child_in_need;gang_affiliated' }));
    expect(problem!.field).toBe('vulnerability_markers');
    expect(problem!.reason).toContain("'gang_affiliated' is not one of: child_protection, child_in_need");
    expect(problem!.reason).toContain('semicolons');
  });

  it('needs every date that a final plan implies', () => {
    expect(problemsOf(aLine({ draft_issued_on: '' }))).toContainEqual({
      field: 'draft_issued_on',
      reason: "stage 'final_issued' needs draft_issued_on, the day of the draft plan",
    });
  });

  it('gives the family at least 15 days on the draft before the final plan (reg 13(1))', () => {
    const problems = problemsOf(aLine({ draft_issued_on: '2025-01-01', final_issued_on: '2025-01-10' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('final_issued_on');
    expect(problems[0]!.reason).toContain('the earliest is 2025-01-16');
    expect(fieldsOf(aLine({ draft_issued_on: '2025-01-01', final_issued_on: '2025-01-16' }))).toEqual([]);
  });

  it('refuses a date that has not come yet', () => {
    expect(problemsOf(aLine({ received_on: '2025-07-01' }, RECEIVED))).toEqual([
      { field: 'received_on', reason: 'received_on 2025-07-01 is in the future (today is 2025-06-30)' },
    ]);
    expect(fieldsOf(aLine({ received_on: TODAY }, RECEIVED))).toEqual([]);
  });

  it('keeps the steps in path order', () => {
    const problems = problemsOf(aLine({ decision_to_assess_on: '2024-08-30' }));
    expect(problems).toEqual([
      {
        field: 'decision_to_assess_on',
        reason:
          'decision_to_assess_on 2024-08-30 is before received_on 2024-09-02: the steps must be in path order',
      },
    ]);
    expect(fieldsOf(aLine({ decision_to_issue_on: '2024-12-12' }))).toEqual(['draft_issued_on']);
  });

  it('refuses dates of steps the stage has not reached, and closed_on on an open request', () => {
    expect(
      fieldsOf(
        aLine({ stage: 'assessment', decision_to_issue_on: '', draft_issued_on: '', final_issued_on: '' }),
      ),
    ).toEqual([]);
    expect(fieldsOf(aLine({ stage: 'assessment', draft_issued_on: '', final_issued_on: '' }))).toEqual([
      'decision_to_issue_on',
    ]);
    expect(fieldsOf(aLine({ closed_on: '2025-02-01' }))).toEqual(['closed_on']);
  });

  it('needs closed_on for a refused, not issued or withdrawn request', () => {
    for (const stage of ['refused', 'withdrawn'])
      expect(fieldsOf(aLine({ stage }, RECEIVED))).toEqual(['closed_on']);
    expect(fieldsOf(aLine({ stage: 'not_issued', decision_to_assess_on: '2024-09-18' }, RECEIVED))).toEqual([
      'closed_on',
    ]);
  });

  it('refuses a refusal dated on another day than its decision', () => {
    expect(
      fieldsOf(
        aLine({ stage: 'refused', decision_to_assess_on: '2024-09-18', closed_on: '2024-09-25' }, RECEIVED),
      ),
    ).toEqual(['decision_to_assess_on']);
  });

  it('refuses a withdrawal that skips a step', () => {
    expect(
      problemsOf(
        aLine({ stage: 'withdrawn', decision_to_issue_on: '2024-12-04', closed_on: '2024-12-10' }, RECEIVED),
      ),
    ).toEqual([
      {
        field: 'decision_to_assess_on',
        reason:
          'decision_to_assess_on is needed because decision_to_issue_on is given: the steps come in order',
      },
    ]);
  });

  it('checks cells on their own: dates, numbers, vocabulary, the reference', () => {
    const problems = problemsOf(
      aLine({
        case_reference: 'ehc 24/173',
        date_of_birth: '2016-02-30',
        year_group: '15',
        source: 'carrier pigeon',
        received_on: '02/09/2024',
        given_name: '',
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'case_reference',
      'given_name',
      'date_of_birth',
      'year_group',
      'received_on',
      'source',
    ]);
    expect(problems.find((p) => p.field === 'source')!.reason).toBe(
      "source 'carrier pigeon' is not one of: school, parent, health, other",
    );
    expect(problems.find((p) => p.field === 'received_on')!.reason).toBe(
      "received_on '02/09/2024' must be a date written YYYY-MM-DD, like 2024-03-05",
    );
    expect(problems.find((p) => p.field === 'given_name')!.reason).toBe('given_name is required');
    // A date of birth is personal: the reason does not repeat it.
    expect(problems.find((p) => p.field === 'date_of_birth')!.reason).toBe(
      'date_of_birth is not a day on the calendar',
    );
    expect(fieldsOf(aLine({ year_group: 'four' }))).toEqual(['year_group']);
    expect(fieldsOf(aLine({ year_group: '-2' }))).toEqual([]);
  });

  it('accepts only an active Family Link Officer as flo_email', () => {
    expect(fieldsOf(aLine({ flo_email: 'nobody@council.example' }))).toEqual(['flo_email']);
    expect(problemsOf(aLine({ flo_email: 'left@council.example' }))[0]!.reason).toContain(
      'not an active Family Link Officer',
    );
    expect(fieldsOf(aLine({ flo_email: 'chair@council.example' }))).toEqual(['flo_email']);
    expect(fieldsOf(aLine({ flo_email: 'not an email' }))).toEqual(['flo_email']);
  });

  it('checks an exception as the statutory clock does, naming the column at fault', () => {
    expect(problemsOf(aLine({ exception_kind: 'missed_appointment' }))).toEqual([
      {
        field: 'exception_kind',
        reason:
          'A missed appointment excuses a late advice (reg 8(2)(c)), not the 16 or 20 weeks (reg 10(4)).',
      },
    ]);
    // 20 December to 16 January is 28 days, both ends included: 4 weeks. A day less is not.
    expect(fieldsOf(aLine({ exception_ends_on: '2025-01-16' }))).toEqual([]);
    expect(problemsOf(aLine({ exception_ends_on: '2025-01-15' }))).toEqual([
      {
        field: 'exception_ends_on',
        reason:
          '27 days from 20 December 2024 to 15 January 2025 is less than the 4 continuous weeks reg 10(4)(a) needs.',
      },
    ]);
    expect(fieldsOf(aLine({ exception_ends_on: '' }))).toEqual(['exception_ends_on']);
    expect(fieldsOf(aLine({ exception_kind: 'exceptional_circumstances', exception_ends_on: '' }))).toEqual(
      [],
    );
    expect(fieldsOf(aLine({ exception_regulation: '', exception_starts_on: '' }))).toEqual([
      'exception_regulation',
      'exception_starts_on',
    ]);
  });

  it('needs the day the school was asked for a closure, and refuses one outside the closure window', () => {
    expect(problemsOf(aLine({ exception_advice_asked_on: '' }))).toEqual([
      {
        field: 'exception_advice_asked_on',
        reason: 'Say when the school or post-16 institution was asked for its advice (reg 10(4)(a)).',
      },
    ]);
    // Closed 20 December to 31 January: the window runs from 13 December to 25 January.
    expect(fieldsOf(aLine({ exception_advice_asked_on: '2024-12-13' }))).toEqual([]);
    expect(fieldsOf(aLine({ exception_advice_asked_on: '2024-12-12' }))).toEqual([
      'exception_advice_asked_on',
    ]);
    expect(fieldsOf(aLine({ exception_advice_asked_on: '2025-02-03' }))).toEqual([
      'exception_advice_asked_on',
    ]);
  });

  it('refuses an absence with fewer than 4 of its weeks within the 20 weeks, as the case page refuses it', () => {
    // Received 2 September 2024: the final plan was due on 20 January 2025.
    const away = (startsOn: string) =>
      aLine({
        exception_kind: 'absent_from_area',
        exception_starts_on: startsOn,
        exception_ends_on: '2025-03-31',
      });
    expect(fieldsOf(away('2024-12-24'))).toEqual([]);
    expect(problemsOf(away('2024-12-25'))).toEqual([
      {
        field: 'exception_ends_on',
        reason:
          'Only 27 days of the absence fell within the 20 weeks from 2 September 2024 to 20 January 2025; reg 10(4)(d) needs 4 continuous weeks away within them.',
      },
    ]);
  });

  it('checks a reg 5(4) exception against the 6 weeks for the decision whether to assess', () => {
    // Received 2 September 2024: the decision was due on 14 October 2024.
    const away = (startsOn: string) =>
      aLine({
        exception_regulation: '5(4)',
        exception_kind: 'absent_from_area',
        exception_starts_on: startsOn,
        exception_ends_on: '2024-11-30',
        exception_advice_asked_on: '',
      });
    expect(fieldsOf(away('2024-09-17'))).toEqual([]);
    expect(problemsOf(away('2024-09-18'))).toEqual([
      {
        field: 'exception_ends_on',
        reason:
          'Only 27 days of the absence fell within the 6 weeks from 2 September 2024 to 14 October 2024; reg 5(4)(c) needs 4 continuous weeks away within them.',
      },
    ]);
  });

  it('refuses a reg 8(2) exception: the export names no advice for it to excuse', () => {
    expect(
      problemsOf(
        aLine({ exception_regulation: '8(2)', exception_kind: 'missed_appointment', exception_ends_on: '' }),
      ),
    ).toEqual([
      {
        field: 'exception_regulation',
        reason:
          'A reg 8(2) exception excuses one late advice, and the import brings in no advice requests: record it in Convene against the advice it applies to',
      },
    ]);
  });

  it('reports a row whose cells do not line up with the header as a whole', () => {
    const line = { ...aLine(), cellCountProblem: 'The row has 23 cells but the header has 22' };
    expect(problemsOf(line)).toEqual([{ field: null, reason: 'The row has 23 cells but the header has 22' }]);
  });
});

describe('checking the rows of a file', () => {
  it('imports the good rows and reports every problem of the bad ones with its line', () => {
    const good = aLine({ case_reference: 'EHC-24-0001' });
    const bad = aLine({ case_reference: 'EHC-24-0002', locality_code: 'nowhere', source: 'owl' });
    const result = validateCaseImportLines([good, bad], reference);
    expect(result.cases.map((c) => c.caseReference)).toEqual(['EHC-24-0001']);
    expect(result.rejected).toBe(1);
    expect(result.problems.map((p) => [p.line, p.caseReference, p.field])).toEqual([
      [bad.line, 'EHC-24-0002', 'source'],
      [bad.line, 'EHC-24-0002', 'locality_code'],
    ]);
  });

  it('takes a case only once from a file', () => {
    const first = aLine({ case_reference: 'EHC-24-0003' });
    const again = aLine({ case_reference: 'EHC-24-0003', year_group: '5' });
    const result = validateCaseImportLines([first, again], reference);
    expect(result.cases).toHaveLength(1);
    expect(result.problems).toEqual([
      {
        line: again.line,
        caseReference: 'EHC-24-0003',
        field: 'case_reference',
        reason: `case_reference EHC-24-0003 is already on line ${first.line}: each case may appear only once in a file`,
      },
    ]);
  });
});
