import { describe, expect, it } from 'vitest';
import { todayInEngland, weeksLaterInEngland } from './today.js';

describe('days and times in England', () => {
  it('reads the English day of an instant, whatever the server’s zone', () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('keeps a weekly meeting at the same wall-clock time across the clocks going back and forward', () => {
    // 09:30 BST on Wednesday 21 October 2026; the clocks go back on 25 October.
    expect(weeksLaterInEngland(new Date('2026-10-21T08:30:00Z'), 1).toISOString()).toBe(
      '2026-10-28T09:30:00.000Z',
    );
    // 09:30 GMT on Wednesday 25 March 2026; the clocks go forward on 29 March.
    expect(weeksLaterInEngland(new Date('2026-03-25T09:30:00Z'), 1).toISOString()).toBe(
      '2026-04-01T08:30:00.000Z',
    );
    expect(weeksLaterInEngland(new Date('2026-01-07T09:30:00Z'), 4).toISOString()).toBe(
      '2026-02-04T09:30:00.000Z',
    );
  });
});
