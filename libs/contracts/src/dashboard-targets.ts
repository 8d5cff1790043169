import type { DecisionToAssessMonth, TransferYearGroupFigures } from '@convene/domain';
import type { PhaseTransferCase, PhaseTransferMeasure } from './dashboard-reviews.js';

/** The improvement plan's target figure on decisions whether to assess (seed 001): within 6 weeks, above 90%. */
export interface DecisionsToAssessReport {
  /** YYYY-MM, oldest first; the last is the month asked for. */
  months: string[];
  /** The target: above this percentage. */
  targetPercent: number;
  /** Every decision, reg 5(4) exception cases included. */
  withExceptions: DecisionToAssessMonth[];
  /** Leaving out the requests with a reg 5(4) exception the statutory clock accepts. */
  withoutExceptions: DecisionToAssessMonth[];
}

/** Which decisions behind a figure: all those made, those within 6 weeks, or those later. */
export const DECISION_TO_ASSESS_MEASURES = ['decided', 'in_six_weeks', 'late'] as const;
export type DecisionToAssessMeasure = (typeof DECISION_TO_ASSESS_MEASURES)[number];

/** One decision whether to assess behind a figure: the case reference and the dates, never the child's name. */
export interface DecisionToAssessCase {
  childId: string;
  caseReference: string;
  receivedOn: string;
  /** The last day of the 6 weeks (reg 5(1)). */
  dueOn: string;
  decidedOn: string;
  outcome: 'agreed' | 'refused';
  inSixWeeks: boolean;
  exceptionCase: boolean;
}

/** Phase transfers of one transfer year amended by their deadline, by the year group the child was in on it. */
export interface TransferYearGroupsReport {
  transferYear: number;
  yearGroups: TransferYearGroupFigures[];
}

export type TransferYearGroupMeasure = PhaseTransferMeasure;

/** One transfer behind a year group's figure. */
export interface TransferYearGroupCase extends PhaseTransferCase {
  yearGroup: number;
}
