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

  it('never runs as a formula when it starts with a full-width sign either', () => {
    expect(['\uFF1DSUM(A1)', '\uFF0B1', '\uFF0D2', '\uFF20SUM(A1)'].map(csvCell)).toEqual([
      "'\uFF1DSUM(A1)",
      "'\uFF0B1",
      "'\uFF0D2",
      "'\uFF20SUM(A1)",
    ]);
    expect(csvCell('a \uFF1D b')).toBe('a \uFF1D b');
  });

  it('leaves numbers, negative ones too, as numbers, and a missing value empty', () => {
    expect(csvText([[-3, 0, null, undefined]])).toBe('-3,0,,');
  });
});
