import { readFileSync } from 'node:fs';
import { CASE_IMPORT_COLUMNS, CASE_IMPORT_FILE_ERROR_CODES } from '@convene/contracts';
import { describe, expect, it } from 'vitest';
import { parseCaseImportFile } from './case-import.parser.js';
import { validateCaseImportLines } from './case-import-row.validator.js';

const page = readFileSync(new URL('../../../../../docs/case-import.md', import.meta.url), 'utf8');

describe('the case import page (docs/case-import.md)', () => {
  it('describes every column and every reason a whole file is refused', () => {
    for (const column of CASE_IMPORT_COLUMNS) expect(page).toContain(`| \`${column}\` |`);
    for (const code of Object.values(CASE_IMPORT_FILE_ERROR_CODES)) expect(page).toContain(`\`${code}\``);
  });

  it('has an example file that imports into the demo council without a rejected row', () => {
    const example = page.split('```csv\n')[1]!.split('```')[0]!;
    const sheet = parseCaseImportFile(Buffer.from(example, 'utf8'));
    const checked = validateCaseImportLines(sheet.lines, {
      today: '2026-01-01',
      localities: new Map(
        ['northdale', 'southmere', 'eastbrook', 'westholm', 'vulnerable_pupils'].map((code) => [
          code,
          `locality-${code}`,
        ]),
      ),
      users: new Map([
        ['presenter@fernshire.example', { id: 'user-presenter', active: true, presenter: true }],
      ]),
    });
    expect(checked.problems).toEqual([]);
    expect(checked.cases.map((c) => c.request.stage)).toEqual([
      'final_issued',
      'refused',
      'draft_issued',
      'not_issued',
      'withdrawn',
      'assessment',
    ]);
  });
});
