import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  it('draws the same sequence again from the same recorded seed', () => {
    const first = new SeededRandom(20261123);
    const second = new SeededRandom(20261123);
    const a = Array.from({ length: 50 }, () => first.next());
    const b = Array.from({ length: 50 }, () => second.next());
    expect(a).toEqual(b);
  });

  it('draws a different sequence from a different seed', () => {
    const a = Array.from(
      { length: 10 },
      (
        (r) => () =>
          r.next()
      )(new SeededRandom(1)),
    );
    const b = Array.from(
      { length: 10 },
      (
        (r) => () =>
          r.next()
      )(new SeededRandom(2)),
    );
    expect(a).not.toEqual(b);
  });

  it('keeps integers inside the range asked for, reaching both ends', () => {
    const random = new SeededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = random.integer(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks by weight roughly in proportion', () => {
    const random = new SeededRandom(99);
    let heavy = 0;
    for (let i = 0; i < 4000; i++)
      if (
        random.weighted([
          ['heavy', 3],
          ['light', 1],
        ] as const) === 'heavy'
      )
        heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.7);
    expect(heavy / 4000).toBeLessThan(0.8);
  });

  it('shuffles without losing or duplicating anything', () => {
    const shuffled = new SeededRandom(5).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow(RangeError);
  });
});
