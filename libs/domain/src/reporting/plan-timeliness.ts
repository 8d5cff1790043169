import { finalPlanDeadline } from '../statutory-clock/time-limits.js';
import { percentOf } from './percent.js';
import { withRollingYear } from './rolling-year.js';

/** A final plan issued: when its request was received, when the plan was issued, and whether a reg 10(4) exception applied. */
export interface IssuedPlan {
  receivedOn: string;
  finalIssuedOn: string;
  exceptionCase: boolean;
}

export interface TimelinessMonth {
  /** YYYY-MM */
  month: string;
  issued: number;
  inTwentyWeeks: number;
  /** One decimal; null when none were issued. */
  percent: number | null;
  /** The 12 months to the end of this one. */
  rolling: { issued: number; inTwentyWeeks: number; percent: number | null };
}

/** In 20 weeks: issued on or before the deadline day (20 calendar weeks from the day received). */
export const issuedInTwentyWeeks = (plan: IssuedPlan) =>
  plan.finalIssuedOn <= finalPlanDeadline(plan.receivedOn);

/** Plans issued in one month and how many of them in 20 weeks: what a count of the records gives. */
export interface PlanMonthTally {
  /** YYYY-MM */
  month: string;
  issued: number;
  inTwentyWeeks: number;
}

/** The plans counted by the month they were issued; months with none are left out. */
export function tallyPlansByMonth(plans: readonly IssuedPlan[]): PlanMonthTally[] {
  const byMonth = new Map<string, PlanMonthTally>();
  for (const plan of plans) {
    const month = plan.finalIssuedOn.slice(0, 7);
    const tally = byMonth.get(month) ?? { month, issued: 0, inTwentyWeeks: 0 };
    tally.issued += 1;
    if (issuedInTwentyWeeks(plan)) tally.inTwentyWeeks += 1;
    byMonth.set(month, tally);
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/**
 * The council's monthly return on plans issued in 20 weeks (the DfE and improvement board table) from monthly
 * tallies (those of `tallyPlansByMonth`, or the same counted by the database): for each month, plans issued and
 * how many in 20 weeks, and the same over the 12 months to that month's end.
 */
export function planTimelinessFromTallies(
  tallies: readonly PlanMonthTally[],
  months: readonly string[],
): TimelinessMonth[] {
  return withRollingYear(tallies, ['issued', 'inTwentyWeeks'], months).map(({ month, own, rolling }) => ({
    month,
    ...own,
    percent: percentOf(own.inTwentyWeeks, own.issued),
    rolling: { ...rolling, percent: percentOf(rolling.inTwentyWeeks, rolling.issued) },
  }));
}
