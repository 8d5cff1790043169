import type {
  AnnualReviewMonth,
  PhaseTransferDeadlineFigures,
  PhaseTransferKind,
  ReviewDecision,
  ReviewStanding,
  TransferStanding,
} from '@convene/domain';

/** The service dashboard's figures on annual reviews held on time and phase transfers amended by their deadline. */
export interface AnnualReviewsReport {
  /** YYYY-MM, oldest first; the last is the month asked for. */
  months: string[];
  /** Each month's reviews by the month their meeting fell due, and the 12 months to its end. */
  annualReviews: AnnualReviewMonth[];
  /** By deadline, for the transfer years from the first month shown to the year after the last. */
  phaseTransfers: PhaseTransferDeadlineFigures[];
}

/** Which reviews behind a figure: all those due, or those standing one way. */
export const ANNUAL_REVIEW_MEASURES = ['due', 'held_on_time', 'held_late', 'overdue', 'not_yet_due'] as const;
export type AnnualReviewMeasure = 'due' | ReviewStanding;

/** Which transfers behind a figure: all those due by the deadline, or those standing one way; outstanding is overdue or not yet due. */
export const PHASE_TRANSFER_MEASURES = ['due', 'by_deadline', 'late', 'outstanding', 'overdue'] as const;
export type PhaseTransferMeasure = (typeof PHASE_TRANSFER_MEASURES)[number];

/** One review behind a figure: the case reference and the dates, never the child's name. */
export interface AnnualReviewCase {
  childId: string;
  caseReference: string;
  countsFrom: string;
  dueOn: string;
  reviewMeetingOn: string | null;
  decisionOn: string | null;
  decisionOutcome: ReviewDecision | null;
  amendedPlanIssuedOn: string | null;
  standing: ReviewStanding;
}

export interface PhaseTransferCase {
  childId: string;
  caseReference: string;
  kind: PhaseTransferKind;
  transferYear: number;
  deadline: string;
  amendedPlanIssuedOn: string | null;
  standing: TransferStanding;
}
