import { describe, expect, it } from 'vitest';
import {
  decidedInSixWeeks,
  decisionToAssessTimeliness,
  meetsDecisionToAssessTarget,
  type DecisionToAssessMade,
} from './decisions-to-assess.js';

const decision = (receivedOn: string, decidedOn: string, exceptionCase = false): DecisionToAssessMade => ({
  receivedOn,
  decidedOn,
  exceptionCase,
});

describe('decisions whether to assess made within 6 weeks', () => {
  it('counts the last day of week 6 as in time, and the day after as late (reg 5(1))', () => {
    // Received Monday 5 January 2026: 6 weeks later is Monday 16 February 2026.
    expect(decidedInSixWeeks(decision('2026-01-05', '2026-02-16'))).toBe(true);
    expect(decidedInSixWeeks(decision('2026-01-05', '2026-02-17'))).toBe(false);
    // Across the end of a leap February: received 20 January 2028, due 2 March 2028.
    expect(decidedInSixWeeks(decision('2028-01-20', '2028-03-02'))).toBe(true);
    expect(decidedInSixWeeks(decision('2028-01-20', '2028-03-03'))).toBe(false);
  });

  it('meets the target only above 90%: 90.0% falls short, 90.9% meets it', () => {
    expect(meetsDecisionToAssessTarget(90)).toBe(false);
    expect(meetsDecisionToAssessTarget(90.9)).toBe(true);
    expect(meetsDecisionToAssessTarget(null)).toBeNull();
  });

  it('counts each month by the day the decision was made, and the 12 months to its end', () => {
    const decisions = [
      decision('2025-02-03', '2025-03-17'), // March 2025, on the last day of week 6
      decision('2026-01-05', '2026-02-16'), // February 2026, in time
      decision('2026-01-05', '2026-02-17'), // February 2026, a day late
      decision('2026-01-19', '2026-03-02'), // March 2026, in time (due that day)
    ];
    const [february, march] = decisionToAssessTimeliness(decisions, ['2026-02', '2026-03']);
    expect(february).toEqual({
      month: '2026-02',
      decided: 2,
      inSixWeeks: 1,
      percent: 50,
      meetsTarget: false,
      rolling: { decided: 3, inSixWeeks: 2, percent: 66.7, meetsTarget: false },
    });
    // March 2025 has left the 12 months to March 2026 (April 2025 to March 2026).
    expect(march).toMatchObject({
      decided: 1,
      percent: 100,
      meetsTarget: true,
      rolling: { decided: 3, inSixWeeks: 2 },
    });
  });

  it('gives a month with no decisions no percentage, rather than 0%', () => {
    expect(decisionToAssessTimeliness([], ['2026-05'])).toEqual([
      {
        month: '2026-05',
        decided: 0,
        inSixWeeks: 0,
        percent: null,
        meetsTarget: null,
        rolling: { decided: 0, inSixWeeks: 0, percent: null, meetsTarget: null },
      },
    ]);
  });
});
