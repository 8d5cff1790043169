/**
 * A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection): the ASCII signs,
 * tab and return, and their full-width forms (＝ ＋ － ＠, U+FF1D U+FF0B U+FF0D U+FF20), which some spreadsheets
 * read as the ASCII sign.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvValue = string | number | null | undefined;

/**
 * One RFC 4180 cell: text that a spreadsheet would run as a formula (=, +, -, @, tab, return, or a full-width = + - @) is made inert with
 * an apostrophe, since a CSV of case data must never execute; a number stays a number, negative ones included; a
 * missing value is an empty cell. Quoted where a comma, quote or line break needs it.
 */
export function csvCell(value: CsvValue): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? String(value)
        : FORMULA_START.test(value)
          ? `'${value}`
          : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as CSV text, with the line ends spreadsheet programs expect (none after the last row). */
export const csvText = (rows: readonly (readonly CsvValue[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
