import { csvText, type CsvValue } from '@convene/domain';

/** A CSV download for Excel: the byte-order mark makes it read the text as UTF-8; cells are written by the libs' `csvCell`. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${csvText([header, ...rows])}\r\n`;
}
