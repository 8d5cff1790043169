import { describe, expect, it } from 'vitest';
import {
  issuedInTwentyWeeks,
  planTimelinessFromTallies,
  tallyPlansByMonth,
  type IssuedPlan,
} from './plan-timeliness.js';
import { monthsEnding } from './rolling-year.js';

const plan = (receivedOn: string, finalIssuedOn: string, exceptionCase = false): IssuedPlan => ({
  receivedOn,
  finalIssuedOn,
  exceptionCase,
});
/** The table from the plans themselves, leaving out reg 10(4) exception cases when asked, as the published table does. */
const planTimeliness = (plans: IssuedPlan[], months: string[], excludeExceptions: boolean) =>
  planTimelinessFromTallies(
    tallyPlansByMonth(excludeExceptions ? plans.filter((p) => !p.exceptionCase) : plans),
    months,
  );

describe('the monthly return on plans issued in 20 weeks', () => {
  it('counts the deadline day itself as in 20 weeks, and the day after as late', () => {
    // Received Monday 5 January 2026: 20 weeks later is Monday 25 May 2026.
    expect(issuedInTwentyWeeks(plan('2026-01-05', '2026-05-25'))).toBe(true);
    expect(issuedInTwentyWeeks(plan('2026-01-05', '2026-05-26'))).toBe(false);
  });

  it('lists the months ending with the one asked for, across a year end', () => {
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('gives each month and the 12 months to its end, with and without exception cases', () => {
    const plans = [
      plan('2025-01-06', '2025-05-26'), // May 2025, on time
      plan('2025-12-01', '2026-04-20'), // April 2026, on time (deadline day)
      plan('2025-11-03', '2026-04-30'), // April 2026, late
      plan('2025-11-03', '2026-04-30', true), // April 2026, late, with a reg 10(4) exception
      plan('2026-01-05', '2026-05-11'), // May 2026, on time
    ];
    const [april, may] = planTimeliness(plans, ['2026-04', '2026-05'], true);
    // April's year runs May 2025 to April 2026, so it takes in May 2025's plan; May's year leaves it out.
    expect(april).toEqual({
      month: '2026-04',
      issued: 2,
      inTwentyWeeks: 1,
      percent: 50,
      rolling: { issued: 3, inTwentyWeeks: 2, percent: 66.7 },
    });
    expect(may).toEqual({
      month: '2026-05',
      issued: 1,
      inTwentyWeeks: 1,
      percent: 100,
      rolling: { issued: 3, inTwentyWeeks: 2, percent: 66.7 },
    });
    const [aprilAll] = planTimeliness(plans, ['2026-04'], false);
    expect(aprilAll).toMatchObject({ issued: 3, inTwentyWeeks: 1, percent: 33.3 });
    expect(planTimeliness([], ['2026-04'], true)[0]).toMatchObject({
      issued: 0,
      percent: null,
      rolling: { issued: 0, percent: null },
    });
  });

  it('tallies the plans of each month that has one, in month order, and builds the same table from the tallies', () => {
    const plans: IssuedPlan[] = [
      { receivedOn: '2026-01-05', finalIssuedOn: '2026-05-25', exceptionCase: false }, // day 140: in 20 weeks
      { receivedOn: '2026-01-05', finalIssuedOn: '2026-05-26', exceptionCase: false }, // day 141: late
      { receivedOn: '2025-11-03', finalIssuedOn: '2026-03-10', exceptionCase: false },
    ];
    expect(tallyPlansByMonth(plans)).toEqual([
      { month: '2026-03', issued: 1, inTwentyWeeks: 1 },
      { month: '2026-05', issued: 2, inTwentyWeeks: 1 },
    ]);
    const [april, may] = planTimelinessFromTallies(tallyPlansByMonth(plans), ['2026-04', '2026-05']);
    expect(april).toEqual({
      month: '2026-04',
      issued: 0,
      inTwentyWeeks: 0,
      percent: null,
      rolling: { issued: 1, inTwentyWeeks: 1, percent: 100 },
    });
    expect(may).toEqual({
      month: '2026-05',
      issued: 2,
      inTwentyWeeks: 1,
      percent: 50,
      rolling: { issued: 3, inTwentyWeeks: 2, percent: 66.7 },
    });
  });
});
