import type { CalendarDate } from '../calendar-date/calendar-date.js';
import { decisionToAssessDeadline } from '../statutory-clock/time-limits.js';
import { percentOf } from './percent.js';
import { withRollingYear } from './rolling-year.js';

/**
 * The council's target for decisions whether to assess made within 6 weeks: above 90% (seed 001, the improvement
 * plan's APP 1.2.1: "Decisions to assess are made within 6 weeks has increased and maintains above 90%"). Our
 * reading: "above" is strictly more than 90%, so 90.0% itself falls short.
 */
export const DECISION_TO_ASSESS_TARGET_PERCENT = 90;

/** A decision whether to assess, agreed or refused: when its request came and when it was made. */
export interface DecisionToAssessMade {
  receivedOn: CalendarDate;
  decidedOn: CalendarDate;
  /** A reg 5(4) exception the statutory clock accepts applies to the 6 weeks. */
  exceptionCase: boolean;
}

/**
 * Made within 6 weeks (reg 5(1)): on or before the day 6 calendar weeks after the request was received, that day
 * itself included; the day after is late.
 */
export const decidedInSixWeeks = (decision: Pick<DecisionToAssessMade, 'receivedOn' | 'decidedOn'>) =>
  decision.decidedOn <= decisionToAssessDeadline(decision.receivedOn);

export interface DecisionToAssessCounts {
  decided: number;
  inSixWeeks: number;
  /** One decimal; null when no decision was made. */
  percent: number | null;
  /** Above the 90% target; null when no decision was made. */
  meetsTarget: boolean | null;
}

export interface DecisionToAssessMonth extends DecisionToAssessCounts {
  /** YYYY-MM */
  month: string;
  /** The 12 months to the end of this one. */
  rolling: DecisionToAssessCounts;
}

/** Whether a percentage of decisions in 6 weeks is above the target; null when there is none. */
export function meetsDecisionToAssessTarget(percent: number | null): boolean | null {
  return percent === null ? null : percent > DECISION_TO_ASSESS_TARGET_PERCENT;
}

const withPercent = (counts: { decided: number; inSixWeeks: number }): DecisionToAssessCounts => {
  const percent = percentOf(counts.inSixWeeks, counts.decided);
  return { ...counts, percent, meetsTarget: meetsDecisionToAssessTarget(percent) };
};

/**
 * Decisions whether to assess by the month they were made, and how many within 6 weeks, with the same over the 12
 * months to each month's end. The caller leaves out the reg 5(4) exception cases for the table without exceptions.
 * Our reading: reg 5(1) limits the decision whether to assess, so a refusal counts as much as an agreement; and the
 * month is the one the decision was made in, as the monthly return counts a plan in the month it was issued.
 */
export function decisionToAssessTimeliness(
  decisions: readonly DecisionToAssessMade[],
  months: readonly string[],
): DecisionToAssessMonth[] {
  const byMonth = new Map<string, { month: string; decided: number; inSixWeeks: number }>();
  for (const decision of decisions) {
    const month = decision.decidedOn.slice(0, 7);
    const tally = byMonth.get(month) ?? { month, decided: 0, inSixWeeks: 0 };
    tally.decided += 1;
    if (decidedInSixWeeks(decision)) tally.inSixWeeks += 1;
    byMonth.set(month, tally);
  }
  return withRollingYear([...byMonth.values()], ['decided', 'inSixWeeks'], months).map(
    ({ month, own, rolling }) => ({ month, ...withPercent(own), rolling: withPercent(rolling) }),
  );
}
