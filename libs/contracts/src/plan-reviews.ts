import type { PhaseTransferKind, ReviewDecision, ReviewStanding, TransferStanding } from '@convene/domain';
import type { PersonRef, RequestClockView } from './cases.js';

/** The review meeting of the year now running for the child's plan. */
export interface RecordReviewMeeting {
  reviewMeetingOn: string;
}

/** reg 20(10): the Local Authority's decision after the review meeting. */
export interface RecordReviewDecision {
  decisionOn: string;
  outcome: ReviewDecision;
}

/** reg 22(3): the amended plan issued after a decision to amend. */
export interface RecordAmendedPlan {
  amendedPlanIssuedOn: string;
}

/** One year's annual review of a child's EHC plan, with its clock (meeting, decision, amended plan). */
export interface AnnualReviewView {
  /** Null for the review now running when nothing of it has been recorded yet. */
  id: string | null;
  requestId: string;
  countsFrom: string;
  dueOn: string;
  reviewMeetingOn: string | null;
  decisionOn: string | null;
  decisionOutcome: ReviewDecision | null;
  amendedPlanIssuedOn: string | null;
  standing: ReviewStanding;
  clock: RequestClockView;
  recordedBy: PersonRef | null;
}

/**
 * A move between phases of education for which the plan must be amended by its deadline (reg 18(1)), or from one
 * post-16 institution to another, amended for at least five months before it (reg 18(2)).
 */
export interface RecordPhaseTransfer {
  kind: PhaseTransferKind;
  /** The calendar year of the move (children move in September). */
  transferYear: number;
  /** For a move between post-16 institutions (and only then): the day of the move, in `transferYear`. */
  transfersOn?: string;
  /** The school or college proposed, where known. */
  settingName?: string;
}

export interface RecordPhaseTransferAmendment {
  amendedPlanIssuedOn: string;
  /** The school or college the amended plan names. */
  settingName: string;
}

export interface PhaseTransferView {
  id: string;
  requestId: string;
  kind: PhaseTransferKind;
  transferYear: number;
  /** The day of a move between post-16 institutions; null for a move between phases. */
  transfersOn: string | null;
  deadline: string;
  settingName: string | null;
  amendedPlanIssuedOn: string | null;
  standing: TransferStanding;
  clock: RequestClockView;
  recordedBy: PersonRef | null;
}
