import { CASE_IMPORT_REQUIRED_COLUMNS } from '@convene/contracts';
import { describe, expect, it } from 'vitest';
import { CaseImportFileError } from './case-import-file.error.js';
import { parseCaseImportFile } from './case-import.parser.js';

const HEADER = CASE_IMPORT_REQUIRED_COLUMNS.join(',');
const ROW = 'EHC-24-0173,Marigold,Quibbleton,2016-02-11,4,northdale,semh,2024-09-02,school,received';
const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

function refusal(bytes: Buffer): CaseImportFileError {
  try {
    parseCaseImportFile(bytes);
  } catch (error) {
    if (error instanceof CaseImportFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading a case import file', () => {
  it('reads each row by column name, with or without a byte-order mark', () => {
    for (const bytes of [
      csv(HEADER, ROW),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(HEADER, ROW)]),
    ]) {
      const sheet = parseCaseImportFile(bytes);
      expect(sheet.lines).toHaveLength(1);
      expect(sheet.lines[0]).toMatchObject({ line: 2, cellCountProblem: null });
      expect(sheet.lines[0]!.cells).toMatchObject({
        case_reference: 'EHC-24-0173',
        stage: 'received',
        flo_email: '',
        closed_on: '',
      });
    }
  });

  it('counts lines of the file, so a cell over two lines and blank lines keep the numbers right', () => {
    const sheet = parseCaseImportFile(
      csv(HEADER, ROW.replace('Quibbleton', '"Quibble\nton"'), '', ROW.replace('0173', '0174'), ''),
    );
    expect(sheet.lines.map((l) => [l.line, l.cells.case_reference])).toEqual([
      [2, 'EHC-24-0173'],
      [5, 'EHC-24-0174'],
    ]);
  });

  it('reads the columns in any order and any case, and lists the ones it does not know', () => {
    const sheet = parseCaseImportFile(
      csv(`Stage,${HEADER.replace(',stage', '')},Notes`, `received,${ROW.replace(',received', '')},call mum`),
    );
    expect(sheet.lines[0]!.cells).toMatchObject({ stage: 'received', case_reference: 'EHC-24-0173' });
    expect(sheet.ignoredColumns).toEqual(['Notes']);
  });

  it('flags a row with more or fewer cells than the header', () => {
    const sheet = parseCaseImportFile(csv(HEADER, `${ROW},extra`, ROW.replace(',received', '')));
    expect(sheet.lines.map((l) => l.cellCountProblem)).toEqual([
      'The row has 11 cells but the header has 10: check for a comma inside a cell that is not in quotes, or a missing cell.',
      'The row has 9 cells but the header has 10: check for a comma inside a cell that is not in quotes, or a missing cell.',
    ]);
  });

  it('refuses a file without the required columns, naming them', () => {
    const error = refusal(csv(HEADER.replace('locality_code,', '').replace(',source', ''), ROW));
    expect(error.code).toBe('import_file_missing_columns');
    expect(error.message).toContain('missing the required columns locality_code, source');
    expect(error.fields).toEqual([{ field: 'file', messages: [error.message] }]);
  });

  it('refuses a file whose first line is not a header, and an empty file', () => {
    expect(refusal(csv(ROW, ROW)).code).toBe('import_file_no_header');
    expect(refusal(Buffer.alloc(0)).code).toBe('import_file_no_header');
    expect(refusal(csv('', '  ', '')).code).toBe('import_file_no_header');
  });

  it('refuses what is not CSV: a workbook, binary data, another encoding, broken quotes, semicolons', () => {
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).message).toContain(
      'spreadsheet workbook',
    );
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])).code).toBe(
      'import_file_not_csv',
    );
    expect(
      refusal(Buffer.from(`${HEADER}\r\n${ROW.replace('Marigold', 'Ren\xe9e')}`, 'latin1')).message,
    ).toContain('not UTF-8');
    expect(refusal(csv(HEADER, ROW.replace('Marigold', '"Marigold'))).message).toBe(
      'The file could not be read as CSV near line 2: a quoted cell is never closed.',
    );
    expect(refusal(csv(HEADER.replaceAll(',', ';'))).message).toContain('semicolons');
  });

  it('refuses a header that names a column twice', () => {
    expect(refusal(csv(`${HEADER},stage`, `${ROW},received`)).code).toBe('import_file_duplicate_columns');
  });

  it('takes at most 20,000 rows', () => {
    const rows = Array.from({ length: 20_000 }, () => ROW);
    expect(parseCaseImportFile(csv(HEADER, ...rows)).lines).toHaveLength(20_000);
    const error = refusal(csv(HEADER, ...rows, ROW));
    expect(error.code).toBe('import_file_too_many_rows');
    expect(error.message).toContain('The file has 20,001 rows; at most 20,000');
  });
});
