import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv.js';

describe('a CSV cell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvText([['x, y', 'say "hi"\nthen']])).toBe('"x, y","say ""hi""\nthen"');
  });

  it('never runs as a spreadsheet formula', () => {
    expect(['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      `"'=HYPERLINK(""http://evil"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
    ]);
  });

  it('leaves numbers, negative ones too, as numbers, and a missing value empty', () => {
    expect(csvText([[-3, 0, null, undefined]])).toBe('-3,0,,');
  });
});
