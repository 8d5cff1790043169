import type { CaseImportColumn } from '@convene/contracts';
import {
  checkRecordedException,
  earliestFinalPlanDate,
  FAMILY_REPRESENTATION_DAYS,
  type ExceptionField,
  type RequestStage,
} from '@convene/domain';
import type { CaseImportRowDto } from './dto/case-import-row.dto.js';
import type { ImportedException, ImportedRequest, ImportedStep } from './imported-case.js';

export interface RowProblem {
  field: CaseImportColumn | null;
  reason: string;
}

type StepColumn = 'decision_to_assess_on' | 'decision_to_issue_on' | 'draft_issued_on' | 'final_issued_on';

/** The dated steps of the 20-week path after the request is received, in order. */
const PATH: readonly { column: StepColumn; stage: RequestStage; what: string }[] = [
  { column: 'decision_to_assess_on', stage: 'assessment', what: 'the decision to assess' },
  { column: 'decision_to_issue_on', stage: 'decision_to_issue', what: 'the decision to issue a plan' },
  { column: 'draft_issued_on', stage: 'draft_issued', what: 'the draft plan' },
  { column: 'final_issued_on', stage: 'final_issued', what: 'the final plan' },
];

/**
 * What each stage says about the dates: the first `required` steps of PATH must be dated, none after
 * the first `allowed` may be, and a closed request needs closed_on. A refusal is the decision whether to
 * assess and a decision not to issue is the decision after assessment (as RequestStepsService records
 * them), so that step's date, when given, is the day it closed.
 */
const STAGE_DATES: Readonly<
  Record<RequestStage, { required: number; allowed: number; closes: boolean; closingStep?: StepColumn }>
> = {
  received: { required: 0, allowed: 0, closes: false },
  assessment: { required: 1, allowed: 1, closes: false },
  decision_to_issue: { required: 2, allowed: 2, closes: false },
  draft_issued: { required: 3, allowed: 3, closes: false },
  final_issued: { required: 4, allowed: 4, closes: false },
  refused: { required: 0, allowed: 1, closes: true, closingStep: 'decision_to_assess_on' },
  not_issued: { required: 1, allowed: 2, closes: true, closingStep: 'decision_to_issue_on' },
  // A request can be withdrawn at any step before the final plan (NEXT_STAGES).
  withdrawn: { required: 0, allowed: 3, closes: true },
};

export interface RequestCheck {
  problems: RowProblem[];
  request: ImportedRequest;
  steps: ImportedStep[];
  exception: ImportedException | null;
}

/**
 * The cross-column rules of a row whose cells are each valid on their own: the dates its stage needs,
 * path order, the 15 days for the family to comment on a draft, nothing in the future, and the exception.
 */
export function checkImportedRequest(row: CaseImportRowDto, today: string): RequestCheck {
  const problems: RowProblem[] = [];
  const problem = (field: CaseImportColumn | null, reason: string) => problems.push({ field, reason });
  const rule = STAGE_DATES[row.stage];

  const dated: [CaseImportColumn, string | undefined][] = [
    ['received_on', row.received_on],
    ...PATH.map(({ column }): [CaseImportColumn, string | undefined] => [column, row[column]]),
    ['closed_on', row.closed_on],
    ['exception_starts_on', row.exception_starts_on],
    ['exception_ends_on', row.exception_ends_on],
    ['exception_advice_asked_on', row.exception_advice_asked_on],
  ];
  if (row.date_of_birth > today)
    problem('date_of_birth', `date_of_birth is in the future (today is ${today})`);
  for (const [column, date] of dated) {
    if (date && date > today) problem(column, `${column} ${date} is in the future (today is ${today})`);
  }

  PATH.forEach(({ column, what }, index) => {
    const date = row[column];
    if (index < rule.required && !date) {
      problem(column, `stage '${row.stage}' needs ${column}, the day of ${what}`);
    } else if (index >= rule.allowed && date) {
      problem(
        column,
        `${column} is given, but a request at stage '${row.stage}' has not reached ${what}: leave it blank or correct the stage`,
      );
    } else if (date && index - 1 >= rule.required && !row[PATH[index - 1]!.column]) {
      const previous = PATH[index - 1]!;
      problem(
        previous.column,
        `${previous.column} is needed because ${column} is given: the steps come in order`,
      );
    }
  });
  if (rule.closes && !row.closed_on)
    problem(
      'closed_on',
      `stage '${row.stage}' needs closed_on, the day the request was ${row.stage.replace('_', ' ')}`,
    );
  if (!rule.closes && row.closed_on) {
    problem(
      'closed_on',
      `closed_on is only for a request that was refused, not issued or withdrawn; leave it blank for stage '${row.stage}'`,
    );
  }
  if (rule.closingStep && row[rule.closingStep] && row.closed_on && row[rule.closingStep] !== row.closed_on) {
    problem(
      rule.closingStep,
      `for a request at stage '${row.stage}', ${rule.closingStep} is the day it closed: make it the same as closed_on (${row.closed_on}) or leave it blank`,
    );
  }

  // Path order: each dated step on or after the one before it, and the close on or after them all.
  let last: { column: CaseImportColumn; date: string } = { column: 'received_on', date: row.received_on };
  for (const { column } of PATH) {
    const date = row[column];
    if (!date) continue;
    if (date < last.date)
      problem(
        column,
        `${column} ${date} is before ${last.column} ${last.date}: the steps must be in path order`,
      );
    else last = { column, date };
  }
  if (row.closed_on && row.closed_on < last.date) {
    problem(
      'closed_on',
      `closed_on ${row.closed_on} is before ${last.column} ${last.date}: a request closes after its last step`,
    );
  }
  if (row.draft_issued_on && row.final_issued_on) {
    const earliest = earliestFinalPlanDate(row.draft_issued_on);
    if (row.final_issued_on < earliest) {
      problem(
        'final_issued_on',
        `final_issued_on ${row.final_issued_on} is less than ${FAMILY_REPRESENTATION_DAYS} days after draft_issued_on ${row.draft_issued_on}: the family has at least ${FAMILY_REPRESENTATION_DAYS} days to comment on the draft (reg 13(1)), so the earliest is ${earliest}`,
      );
    }
  }

  const exception = checkException(row, problem);
  return { problems, request: toRequest(row), steps: toSteps(row), exception };
}

/** The import column of each part of an exception the statutory clock may refuse. */
const EXCEPTION_COLUMN: Record<ExceptionField, CaseImportColumn> = {
  regulation: 'exception_regulation',
  kind: 'exception_kind',
  startsOn: 'exception_starts_on',
  endsOn: 'exception_ends_on',
  adviceAskedOn: 'exception_advice_asked_on',
  adviceRequestId: 'exception_regulation',
};

/**
 * The row's exception, if it has one, checked by the statutory clock's own rule (`checkRecordedException`) against
 * the day the request was received: an exception the clock would refuse is refused here, on its column, as the case
 * page's API refuses it, rather than imported and counted as an exception case.
 */
function checkException(
  row: CaseImportRowDto,
  problem: (field: CaseImportColumn, reason: string) => void,
): ImportedException | null {
  const {
    exception_regulation: regulation,
    exception_kind: kind,
    exception_starts_on: startsOn,
    exception_ends_on: endsOn,
    exception_advice_asked_on: adviceAskedOn,
  } = row;
  if (!regulation && !kind && !startsOn && !endsOn && !adviceAskedOn) return null;
  if (!regulation)
    problem(
      'exception_regulation',
      "exception_regulation is needed for an exception: '5(4)' (the decision whether to assess) or '10(4)' (the 16 and 20 weeks)",
    );
  if (!kind) problem('exception_kind', 'exception_kind is needed for an exception');
  if (!startsOn) problem('exception_starts_on', 'exception_starts_on is needed for an exception');
  if (!regulation || !kind || !startsOn) return null;
  if (regulation === '8(2)') {
    // The clock checks a reg 8(2) exception against the advice it excused, and the export names no advice.
    problem(
      'exception_regulation',
      'A reg 8(2) exception excuses one late advice, and the import brings in no advice requests: record it in Convene against the advice it applies to',
    );
    return null;
  }
  const exception: ImportedException = {
    regulation,
    kind,
    startsOn,
    endsOn: endsOn ?? null,
    adviceAskedOn: adviceAskedOn ?? null,
  };
  const check = checkRecordedException(exception, { receivedOn: row.received_on });
  if (!check.ok) problem(EXCEPTION_COLUMN[check.field], check.reason);
  return exception;
}

function toRequest(row: CaseImportRowDto): ImportedRequest {
  return {
    receivedOn: row.received_on,
    source: row.source,
    stage: row.stage,
    decisionToAssessOn:
      row.stage === 'refused' ? (row.closed_on ?? null) : (row.decision_to_assess_on ?? null),
    decisionToIssueOn:
      row.stage === 'not_issued' ? (row.closed_on ?? null) : (row.decision_to_issue_on ?? null),
    draftIssuedOn: row.draft_issued_on ?? null,
    finalIssuedOn: row.final_issued_on ?? null,
    closedOn: row.closed_on ?? null,
  };
}

/** One step for each point the request reached, as a request recorded in Convene would have. */
function toSteps(row: CaseImportRowDto): ImportedStep[] {
  const rule = STAGE_DATES[row.stage];
  const steps: ImportedStep[] = [{ stage: 'received', occurredOn: row.received_on }];
  for (const { column, stage } of PATH.slice(0, rule.allowed)) {
    const date = row[column];
    if (date && column !== rule.closingStep) steps.push({ stage, occurredOn: date });
  }
  if (rule.closes && row.closed_on) steps.push({ stage: row.stage, occurredOn: row.closed_on });
  return steps;
}
