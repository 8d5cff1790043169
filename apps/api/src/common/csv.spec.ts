import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('CSV for Excel', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"\nthen']])).toBe(
      '\uFEFFa,b\r\n"x, y","say ""hi""\nthen"\r\n',
    );
  });

  it('stops a cell from running as a spreadsheet formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("http://evil")'], ['-2+3'], ['@SUM(A1)']])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'-2+3\r\n\'@SUM(A1)\r\n',
    );
  });

  it('leaves negative numbers as numbers', () => {
    expect(toCsv(['n'], [[-3]])).toBe('\uFEFFn\r\n-3\r\n');
  });
});
