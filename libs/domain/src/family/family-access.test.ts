import { describe, expect, it } from 'vitest';
import { isOldEnoughForOwnAccount } from './family-access.js';

describe('a young person’s own account', () => {
  it('may be made on their 16th birthday, not the day before', () => {
    expect(isOldEnoughForOwnAccount('2010-03-15', '2026-03-14')).toBe(false);
    expect(isOldEnoughForOwnAccount('2010-03-15', '2026-03-15')).toBe(true);
  });

  it('counts a 29 February birthday on the 29 February 16 years on', () => {
    expect(isOldEnoughForOwnAccount('2008-02-29', '2024-02-28')).toBe(false);
    expect(isOldEnoughForOwnAccount('2008-02-29', '2024-02-29')).toBe(true);
  });
});
