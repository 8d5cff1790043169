import { CASE_IMPORT_COLUMNS, type CaseImportColumn, type CaseImportRejectedRow } from '@convene/contracts';
import { VULNERABILITY_MARKERS } from '@convene/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { CaseImportLine } from './case-import.parser.js';
import { CaseImportRowDto } from './dto/case-import-row.dto.js';
import type { ImportedCase } from './imported-case.js';
import { checkImportedRequest, type RowProblem } from './imported-request.rules.js';

/** What the rows are checked against: read from the database once per file. */
export interface CaseImportReferenceData {
  today: string;
  /** Locality id by code. */
  localities: ReadonlyMap<string, string>;
  /** Users named in flo_email, by lower-case email. */
  users: ReadonlyMap<string, { id: string; active: boolean; presenter: boolean }>;
}

export interface CaseImportValidation {
  cases: ImportedCase[];
  /** One entry per problem; a row may have several. */
  problems: CaseImportRejectedRow[];
  rejected: number;
}

/** Vocabulary cells are matched whatever their case: `School` is `school`. */
const LOWER_CASE: readonly CaseImportColumn[] = [
  'locality_code',
  'flo_email',
  'primary_need',
  'source',
  'stage',
  'exception_kind',
];

export type CaseImportLineOutcome =
  { ok: true; imported: ImportedCase } | { ok: false; problems: RowProblem[] };

/**
 * Checks every row of a file on its own, then against the file (a case only once) and the reference
 * data. Pure: the same lines and reference data always give the same answer, with no database.
 */
export function validateCaseImportLines(
  lines: readonly CaseImportLine[],
  reference: CaseImportReferenceData,
): CaseImportValidation {
  const result: CaseImportValidation = { cases: [], problems: [], rejected: 0 };
  const firstLineOf = new Map<string, number>();
  for (const line of lines) {
    const outcome = checkCaseImportLine(line, reference);
    const problems = outcome.ok ? [] : outcome.problems;
    const caseReference = line.cells.case_reference.trim() || null;
    if (caseReference) {
      const first = firstLineOf.get(caseReference);
      if (first === undefined) firstLineOf.set(caseReference, line.line);
      else
        problems.push({
          field: 'case_reference',
          reason: `case_reference ${caseReference} is already on line ${first}: each case may appear only once in a file`,
        });
    }
    if (outcome.ok && problems.length === 0) {
      result.cases.push(outcome.imported);
    } else {
      result.rejected += 1;
      result.problems.push(
        ...problems.map((p) => ({
          line: line.line,
          caseReference: caseReference?.slice(0, 40) ?? null,
          ...p,
        })),
      );
    }
  }
  return result;
}

/** One row checked on its own: each cell, then the reference data, then the rules across its columns. */
export function checkCaseImportLine(
  line: CaseImportLine,
  reference: CaseImportReferenceData,
): CaseImportLineOutcome {
  if (line.cellCountProblem) return { ok: false, problems: [{ field: null, reason: line.cellCountProblem }] };
  const row = plainToInstance(
    CaseImportRowDto,
    Object.fromEntries(CASE_IMPORT_COLUMNS.map((column) => [column, normalised(line, column)])),
  );
  const errors = validateSync(row, { stopAtFirstError: true, forbidUnknownValues: true });
  const problems: RowProblem[] = CASE_IMPORT_COLUMNS.flatMap((column) => {
    const error = errors.find((e) => e.property === column);
    return error?.constraints ? [{ field: column, reason: Object.values(error.constraints)[0]! }] : [];
  });
  const valid = (column: CaseImportColumn) => !problems.some((p) => p.field === column);
  if (valid('locality_code') && !reference.localities.has(row.locality_code)) {
    problems.push({
      field: 'locality_code',
      reason: `locality_code '${row.locality_code}' is not one of: ${[...reference.localities.keys()].sort().join(', ')}`,
    });
  }
  const user = row.flo_email ? reference.users.get(row.flo_email) : undefined;
  if (row.flo_email && valid('flo_email')) {
    if (!user) {
      problems.push({
        field: 'flo_email',
        reason: `flo_email '${row.flo_email}' is not the email of anyone who uses Convene: add the Family Link Officer as a user first, or leave it blank`,
      });
    } else if (!user.active || !user.presenter) {
      problems.push({
        field: 'flo_email',
        reason: `flo_email '${row.flo_email}' belongs to someone who is not an active Family Link Officer (a user with the presenter role)`,
      });
    }
  }
  if (problems.length) return { ok: false, problems };

  const check = checkImportedRequest(row, reference.today);
  if (check.problems.length) return { ok: false, problems: check.problems };
  const markers = new Set(row.vulnerability_markers ?? []);
  return {
    ok: true,
    imported: {
      line: line.line,
      caseReference: row.case_reference,
      child: {
        givenName: row.given_name,
        familyName: row.family_name,
        dateOfBirth: row.date_of_birth,
        yearGroup: row.year_group,
        settingName: row.setting_name ?? null,
        localityId: reference.localities.get(row.locality_code)!,
        familyLinkOfficerId: user?.id ?? null,
        primaryNeed: row.primary_need,
        vulnerabilityMarkers: VULNERABILITY_MARKERS.filter((marker) => markers.has(marker)),
      },
      request: check.request,
      steps: check.steps,
      exception: check.exception,
    },
  };
}

/** The cell trimmed, lower-cased for vocabulary columns, and undefined when blank. */
function normalised(line: CaseImportLine, column: CaseImportColumn): string | undefined {
  const value = line.cells[column].trim();
  if (value === '') return undefined;
  return LOWER_CASE.includes(column) ? value.toLowerCase() : value;
}
