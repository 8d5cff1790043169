/**
 * Bulk import of existing cases from the case-management system's CSV export:
 * `POST /api/cases/import`, multipart field `file`. docs/case-import.md describes every column.
 */

/** The columns a case import file may have, in the order the template lists them. */
export const CASE_IMPORT_COLUMNS = [
  'case_reference',
  'given_name',
  'family_name',
  'date_of_birth',
  'year_group',
  'setting_name',
  'locality_code',
  'flo_email',
  'primary_need',
  'vulnerability_markers',
  'received_on',
  'source',
  'stage',
  'decision_to_assess_on',
  'decision_to_issue_on',
  'draft_issued_on',
  'final_issued_on',
  'closed_on',
  'exception_regulation',
  'exception_kind',
  'exception_starts_on',
  'exception_ends_on',
  'exception_advice_asked_on',
] as const;
export type CaseImportColumn = (typeof CASE_IMPORT_COLUMNS)[number];

/** Columns the header must name; the others may be left out of the file altogether. */
export const CASE_IMPORT_REQUIRED_COLUMNS: readonly CaseImportColumn[] = [
  'case_reference',
  'given_name',
  'family_name',
  'date_of_birth',
  'year_group',
  'locality_code',
  'primary_need',
  'received_on',
  'source',
  'stage',
];

/** At most this many data rows (not counting the header) in one file. */
export const CASE_IMPORT_MAX_ROWS = 20_000;
/** At most this many bytes in one file: 10 MiB. */
export const CASE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** How the rows of a file were dealt with; `rows` = created + updated + unchanged + rejected. */
export interface CaseImportCounts {
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  /** New children, each with its request, steps and any exception. */
  created: number;
  /** Children already known whose details or latest request differed, and were brought up to date. */
  updated: number;
  /** Children already known with the same details and latest request: nothing written. */
  unchanged: number;
  /** Rows not imported; see `rejectedRows`. Nothing of a rejected row is written. */
  rejected: number;
}

/** One reason a row was not imported. A row with several problems has one entry for each. */
export interface CaseImportRejectedRow {
  /** Line in the file, counting the header as line 1 (where the row starts, if a cell spans lines). */
  line: number;
  /** The row's case_reference as written, or null when it is blank. */
  caseReference: string | null;
  /** The column at fault, or null when the problem is the whole row. */
  field: CaseImportColumn | null;
  /** What is wrong and what would be accepted, for a person to fix the row. */
  reason: string;
}

export interface CaseImportReport {
  counts: CaseImportCounts;
  /** In line order. */
  rejectedRows: CaseImportRejectedRow[];
  /** Header columns that are not import columns; their cells were not read. */
  ignoredColumns: string[];
}

/** `code` of the 400 (413 when too large) answer when the file as a whole cannot be imported: no row is read. */
export const CASE_IMPORT_FILE_ERROR_CODES = {
  missingFile: 'import_file_missing',
  tooLarge: 'import_file_too_large',
  notCsv: 'import_file_not_csv',
  noHeader: 'import_file_no_header',
  duplicateColumns: 'import_file_duplicate_columns',
  missingColumns: 'import_file_missing_columns',
  tooManyRows: 'import_file_too_many_rows',
} as const;
export type CaseImportFileErrorCode =
  (typeof CASE_IMPORT_FILE_ERROR_CODES)[keyof typeof CASE_IMPORT_FILE_ERROR_CODES];
