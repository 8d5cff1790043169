import { describe, expect, it } from 'vitest';
import { drawDipSample, type SampleablePlan } from './dip-sample.js';
import { gradeFromCriteria, gradeSpread, isDisagreement, meetsStandard, raterAgreement } from './grading.js';

const plans = (counts: Record<string, number>): SampleablePlan[] =>
  Object.entries(counts).flatMap(([locality, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${locality}-${String(i).padStart(3, '0')}`, locality })),
  );

describe('the dip sample', () => {
  const pool = plans({ northdale: 40, southmere: 30, eastbrook: 20, westholm: 10 });

  it('draws the same plans from the same seed, whatever order the plans come in', () => {
    const first = drawDipSample(pool, 10, 20261123);
    const again = drawDipSample([...pool].reverse(), 10, 20261123);
    expect(again.planIds).toEqual(first.planIds);
    expect(drawDipSample(pool, 10, 7).planIds).not.toEqual(first.planIds);
  });

  it('takes from each locality in proportion to its plans', () => {
    const sample = drawDipSample(pool, 10, 42);
    expect(sample.byLocality).toEqual({ eastbrook: 2, northdale: 4, southmere: 3, westholm: 1 });
    for (const id of sample.planIds) expect(pool.some((p) => p.id === id)).toBe(true);
    expect(new Set(sample.planIds).size).toBe(10);
    for (const [locality, n] of Object.entries(sample.byLocality))
      expect(sample.planIds.filter((id) => id.startsWith(locality))).toHaveLength(n);
  });

  it('settles rounding by the largest remainder, so the sample is exactly the size asked', () => {
    const sample = drawDipSample(plans({ a: 1, b: 1, c: 1 }), 2, 1);
    expect(sample.planIds).toHaveLength(2);
    expect(sample.byLocality).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('takes every plan when fewer are left than asked, and refuses an empty sample', () => {
    expect(drawDipSample(plans({ a: 2, b: 1 }), 6, 3).planIds).toHaveLength(3);
    expect(() => drawDipSample(pool, 0, 3)).toThrow(RangeError);
  });
});

describe('grading a plan on the framework', () => {
  const criteria = (weights: number[], met: boolean[]) =>
    weights.map((weight, i) => ({ weight, met: met[i]! }));

  it('grades by the share of the weight met: 90% outstanding, 70% good, 50% requires improvement', () => {
    expect(
      gradeFromCriteria(
        criteria(
          [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
          [true, true, true, true, true, true, true, true, true, false],
        ),
      ),
    ).toBe('outstanding');
    expect(gradeFromCriteria(criteria([2, 1, 1], [true, true, false]))).toBe('good'); // 75%
    expect(gradeFromCriteria(criteria([1, 1], [true, false]))).toBe('requires_improvement'); // exactly 50%
    expect(gradeFromCriteria(criteria([3, 1], [false, true]))).toBe('inadequate'); // 25%
    expect(() => gradeFromCriteria([])).toThrow(RangeError);
  });

  it('counts Good or better as meeting the standard', () => {
    expect([
      meetsStandard('outstanding'),
      meetsStandard('good'),
      meetsStandard('requires_improvement'),
      meetsStandard('inadequate'),
    ]).toEqual([true, true, false, false]);
  });

  it('flags reviewers two or more grades apart as a disagreement', () => {
    expect(gradeSpread(['good', 'good', 'requires_improvement'])).toBe(1);
    expect(isDisagreement(['good', 'requires_improvement'])).toBe(false);
    expect(isDisagreement(['outstanding', 'requires_improvement'])).toBe(true);
    expect(isDisagreement([])).toBe(false);
  });

  it('measures agreement between reviewers over reviewer pairs', () => {
    // Plan 1: three agree (3 pairs exact). Plan 2: good / inadequate (1 pair, two grades apart).
    expect(
      raterAgreement([
        ['good', 'good', 'good'],
        ['good', 'inadequate'],
      ]),
    ).toEqual({ pairs: 4, exact: 75, withinOne: 75 });
    expect(raterAgreement([['good', 'requires_improvement']])).toEqual({
      pairs: 1,
      exact: 0,
      withinOne: 100,
    });
    expect(raterAgreement([['good']])).toEqual({ pairs: 0, exact: null, withinOne: null });
  });
});
