import { describe, expect, it } from 'vitest';
import { feedbackFigures, feedbackPeriods } from './family-say.js';

describe("the families' feedback figures", () => {
  it('compares the last 90 days, today counted, with the 90 days before', () => {
    expect(feedbackPeriods('2026-12-07')).toEqual({
      last: { from: '2026-09-09', to: '2026-12-07' },
      previous: { from: '2026-06-11', to: '2026-09-08' },
    });
  });

  it('gives the number of feedbacks, the mean rating and the share rating good or very good', () => {
    const period = { from: '2026-09-09', to: '2026-12-07' };
    expect(
      feedbackFigures(period, [
        { rating: 5, count: 2 },
        { rating: 4, count: 1 },
        { rating: 1, count: 1 },
      ]),
    ).toEqual({ ...period, count: 4, meanRating: 3.8, percentGood: 75 });
  });

  it('has no mean or share when no family sent feedback', () => {
    const period = { from: '2026-09-09', to: '2026-12-07' };
    expect(feedbackFigures(period, [])).toEqual({ ...period, count: 0, meanRating: null, percentGood: null });
  });
});
