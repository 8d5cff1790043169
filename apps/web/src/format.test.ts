import { describe, expect, it } from 'vitest';
import { parsePounds } from './format';

describe('reading a sum of money typed in pounds', () => {
  it('takes pounds with or without commas, a pound sign and pence', () => {
    expect(parsePounds('4,000.50')).toBe(400050);
    expect(parsePounds('£12,000')).toBe(1200000);
    expect(parsePounds(' 4000.5 ')).toBe(400050);
    expect(parsePounds('0')).toBe(0);
    expect(parsePounds('1,234,567.89')).toBe(123456789);
  });

  it('refuses what is not a sum of money in pounds and pence', () => {
    for (const text of ['', 'four thousand', '4,00', '40,00.00', '4000.505', '-5', '4.000,50', '£'])
      expect(parsePounds(text)).toBeNull();
  });
});
