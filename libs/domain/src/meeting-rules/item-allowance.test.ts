import { describe, expect, it } from 'vitest';
import { AGENDA_ITEM_KINDS } from '../vocabulary/meetings.js';
import { DEFAULT_ITEM_ALLOWANCE_MINUTES, ITEM_ALLOWANCE_LIMITS, timeOnItem } from './item-allowance.js';

const taken = new Date('2026-12-09T09:30:00Z');
const after = (minutes: number, seconds = 0) => new Date(taken.getTime() + minutes * 60_000 + seconds * 1000);

describe('the time a panel gives an item', () => {
  it('gives every kind of item a default within what the chair may set', () => {
    for (const kind of AGENDA_ITEM_KINDS) {
      expect(DEFAULT_ITEM_ALLOWANCE_MINUTES[kind]).toBeGreaterThanOrEqual(ITEM_ALLOWANCE_LIMITS.min);
      expect(DEFAULT_ITEM_ALLOWANCE_MINUTES[kind]).toBeLessThanOrEqual(ITEM_ALLOWANCE_LIMITS.max);
    }
  });

  it('says the time left in words, counting whole minutes taken', () => {
    expect(timeOnItem(taken, 10, after(0, 30))).toMatchObject({
      elapsedMinutes: 0,
      leftMinutes: 10,
      overrun: false,
      words: '10 minutes left',
    });
    expect(timeOnItem(taken, 10, after(9, 59))).toMatchObject({ leftMinutes: 1, words: '1 minute left' });
    expect(timeOnItem(taken, 10, after(10))).toMatchObject({
      leftMinutes: 0,
      overrun: false,
      words: 'time is up',
    });
  });

  it('says an overrun as minutes over', () => {
    expect(timeOnItem(taken, 10, after(11))).toMatchObject({
      leftMinutes: -1,
      overrun: true,
      words: '1 minute over',
    });
    expect(timeOnItem(taken, 5, after(17, 10))).toMatchObject({
      elapsedMinutes: 17,
      overrun: true,
      words: '12 minutes over',
    });
  });

  it('counts no time before the item was taken (a clock a little ahead)', () => {
    expect(timeOnItem(taken, 10, after(-1))).toMatchObject({ elapsedMinutes: 0, words: '10 minutes left' });
  });
});
