// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that a spreadsheet would run as a formula is made inert, and quoting is added where needed. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as CSV text, with the line ends spreadsheet programs expect. */
export const csvText = (rows: (string | number | null)[][]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n');

/** A `data:` address for a download link; the byte order mark makes Excel read the text as UTF-8. */
export const csvHref = (text: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
