import { CASE_IMPORT_COLUMNS, type CaseImportColumn } from '@convene/contracts';

export type CaseImportRow = Partial<Record<CaseImportColumn, string>>;

/** A CSV file as the case-management system exports it: every column, a byte-order mark, CRLF. */
export function caseImportFile(
  rows: CaseImportRow[],
  columns: readonly string[] = CASE_IMPORT_COLUMNS,
): Buffer {
  const cell = (value = '') => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c as CaseImportColumn])).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
