import {
  CASE_IMPORT_COLUMNS,
  CASE_IMPORT_FILE_ERROR_CODES as CODES,
  CASE_IMPORT_MAX_ROWS,
  CASE_IMPORT_REQUIRED_COLUMNS,
  type CaseImportColumn,
} from '@convene/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { CaseImportFileError } from './case-import-file.error.js';

/** One data row of the file, its cells keyed by column ('' for a column the file leaves out). */
export interface CaseImportLine {
  /** Line in the file where the row starts; the header is line 1. */
  line: number;
  cells: Record<CaseImportColumn, string>;
  /** Set when the row has more or fewer cells than the header names: its cells cannot be trusted. */
  cellCountProblem: string | null;
}

export interface CaseImportSheet {
  lines: CaseImportLine[];
  /** Header cells that are not import columns. */
  ignoredColumns: string[];
}

const KNOWN = new Set<string>(CASE_IMPORT_COLUMNS);

const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  CSV_INVALID_OPENING_QUOTE: 'a quote appears in the middle of a cell that is not quoted',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell has more text after its closing quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted cell has more text after its closing quote',
  CSV_MAX_RECORD_SIZE: 'a row is far too long (is the file comma-separated?)',
};

/**
 * Reads an uploaded case import file into rows of cells, or throws CaseImportFileError when the file as
 * a whole cannot be imported. Checks the shape of the file only; what the cells say is for the validator.
 */
export function parseCaseImportFile(bytes: Buffer): CaseImportSheet {
  const records = readRecords(decode(bytes));
  const headerIndex = records.findIndex((record) => !isBlank(record.cells));
  if (headerIndex < 0) {
    throw new CaseImportFileError(
      CODES.noHeader,
      'The file is empty: it needs a header row naming the columns, then one row for each case.',
    );
  }
  const header = records[headerIndex]!;
  const columns = readHeader(header.cells);

  const rows = records.slice(headerIndex + 1).filter((record) => !isBlank(record.cells));
  if (rows.length > CASE_IMPORT_MAX_ROWS) {
    throw new CaseImportFileError(
      CODES.tooManyRows,
      `The file has ${rows.length.toLocaleString('en-GB')} rows; at most ${CASE_IMPORT_MAX_ROWS.toLocaleString('en-GB')} can be imported at once. Split it into smaller files and import each.`,
    );
  }
  const lines = rows.map((record): CaseImportLine => {
    const cells = Object.fromEntries(CASE_IMPORT_COLUMNS.map((column) => [column, ''])) as Record<
      CaseImportColumn,
      string
    >;
    columns.forEach((column, index) => {
      if (column) cells[column] = record.cells[index] ?? '';
    });
    return {
      line: record.line,
      cells,
      cellCountProblem:
        record.cells.length === header.cells.length
          ? null
          : `The row has ${record.cells.length} cells but the header has ${header.cells.length}: check for a comma inside a cell that is not in quotes, or a missing cell.`,
    };
  });
  return {
    lines,
    ignoredColumns: header.cells.map((c) => c.trim()).filter((c, i) => !columns[i] && c !== ''),
  };
}

/** UTF-8 text, with or without a byte-order mark; anything else is refused with what to do instead. */
function decode(bytes: Buffer): string {
  if (bytes.length === 0) {
    throw new CaseImportFileError(
      CODES.noHeader,
      'The file is empty: it needs a header row naming the columns, then one row for each case.',
    );
  }
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new CaseImportFileError(
      CODES.notCsv,
      'This is a spreadsheet workbook, not a CSV file. Save it as "CSV UTF-8 (Comma delimited)" and upload that.',
    );
  }
  let text: string;
  try {
    // Strips a byte-order mark; `fatal` refuses bytes that are not UTF-8 (a Windows-1252 export, say).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CaseImportFileError(
      CODES.notCsv,
      'The file is not UTF-8 text. Save it as "CSV UTF-8 (Comma delimited)" and upload that.',
    );
  }
  if (text.includes('\u0000')) {
    throw new CaseImportFileError(
      CODES.notCsv,
      'The file is not a CSV file: it holds binary data. Upload the case-management export saved as CSV.',
    );
  }
  return text;
}

function readRecords(text: string): { line: number; cells: string[] }[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // Blank lines are kept (and skipped later) so that each record's first line is the previous one's last + 1.
    parsed = parse(text, {
      delimiter: ',',
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof parsed; // its types ignore `info`
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const problem = CSV_PROBLEMS[error.code] ?? 'it is not well-formed CSV';
    throw new CaseImportFileError(
      CODES.notCsv,
      `The file could not be read as CSV${line ? ` near line ${line}` : ''}: ${problem}.`,
    );
  }
  let previousLast = 0;
  return parsed.map(({ record, info }) => {
    const line = previousLast + 1;
    previousLast = info.lines;
    return { line, cells: record };
  });
}

/** The import column of each header cell, or null for a cell that names none. */
function readHeader(cells: string[]): (CaseImportColumn | null)[] {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  if (names.length === 1 && /[;\t|]/.test(names[0]!)) {
    throw new CaseImportFileError(
      CODES.notCsv,
      'The header is one long cell: the file seems to be separated by semicolons or tabs. It must be comma-separated ("CSV UTF-8 (Comma delimited)").',
    );
  }
  if (!names.some((name) => KNOWN.has(name))) {
    throw new CaseImportFileError(
      CODES.noHeader,
      `The first line must be a header row naming the columns (${CASE_IMPORT_REQUIRED_COLUMNS.join(', ')}, …); none of its cells is a column name.`,
    );
  }
  const duplicates = [...new Set(names.filter((name, i) => KNOWN.has(name) && names.indexOf(name) !== i))];
  if (duplicates.length) {
    throw new CaseImportFileError(
      CODES.duplicateColumns,
      `The header names ${duplicates.join(', ')} more than once; each column may appear only once.`,
    );
  }
  const missing = CASE_IMPORT_REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    throw new CaseImportFileError(
      CODES.missingColumns,
      `The header is missing the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Every file needs: ${CASE_IMPORT_REQUIRED_COLUMNS.join(', ')}.`,
    );
  }
  return names.map((name) => (KNOWN.has(name) ? (name as CaseImportColumn) : null));
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
