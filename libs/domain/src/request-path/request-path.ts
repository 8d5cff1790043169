import {
  DECISION_NOT_TO_ISSUE_WEEKS,
  DECISION_TO_ASSESS_WEEKS,
  earliestFinalPlanDate,
  FAMILY_REPRESENTATION_DAYS,
  FINAL_PLAN_WEEKS,
} from '../statutory-clock/time-limits.js';
import type { RequestStage } from '../vocabulary/requests.js';

/**
 * The stages a request can move to from each stage (SEND Regulations 2014, part 2). A closed request
 * (refused, not issued, withdrawn, final plan issued) moves no further: a new request starts again.
 */
export const NEXT_STAGES: Readonly<Record<RequestStage, readonly RequestStage[]>> = {
  received: ['assessment', 'refused', 'withdrawn'],
  assessment: ['decision_to_issue', 'not_issued', 'withdrawn'],
  decision_to_issue: ['draft_issued', 'withdrawn'],
  draft_issued: ['final_issued', 'withdrawn'],
  final_issued: [],
  refused: [],
  not_issued: [],
  withdrawn: [],
};

/** Steps that are the Local Authority's decisions, taken by the panel and recorded by its chair. */
export const PANEL_DECISION_STAGES: readonly RequestStage[] = [
  'assessment',
  'refused',
  'decision_to_issue',
  'not_issued',
];

export interface TransitionCheck {
  from: RequestStage;
  to: RequestStage;
  /** The day the step happened. */
  occurredOn: string;
  /** The day of the latest step already recorded (the request's received date at first). */
  lastStepOn: string;
  /** For a final plan: the day the draft was issued. */
  draftIssuedOn?: string | null;
  today: string;
}

export type TransitionProblem = { field: 'to' | 'occurredOn'; message: string };

/** Why a step cannot be recorded, or null when it can. Dates are ISO calendar dates (YYYY-MM-DD). */
export function checkTransition(check: TransitionCheck): TransitionProblem | null {
  const { from, to, occurredOn, lastStepOn, today } = check;
  if (!NEXT_STAGES[from].includes(to)) {
    const allowed = NEXT_STAGES[from];
    return {
      field: 'to',
      message: allowed.length
        ? `A request at "${from}" can move only to ${allowed.map((s) => `"${s}"`).join(', ')}, not "${to}".`
        : `A request at "${from}" is closed and cannot move on; record a new request instead.`,
    };
  }
  if (occurredOn > today)
    return { field: 'occurredOn', message: 'A step cannot be recorded for a day that has not come yet.' };
  if (occurredOn < lastStepOn) {
    return {
      field: 'occurredOn',
      message: `This step cannot come before the last one recorded, on ${lastStepOn}.`,
    };
  }
  if (to === 'final_issued' && check.draftIssuedOn) {
    const earliest = earliestFinalPlanDate(check.draftIssuedOn);
    if (occurredOn < earliest) {
      return {
        field: 'occurredOn',
        message: `The family has at least ${FAMILY_REPRESENTATION_DAYS} days to comment on the draft (reg 13(1)): the final plan can be issued from ${earliest}.`,
      };
    }
  }
  return null;
}

/**
 * The statutory limit that an open request is working towards at each stage, in weeks from the day
 * it was received: the decision whether to assess (reg 5(1)), the decision not to issue (reg 10(1)),
 * and the final plan (reg 13(2)).
 */
export const NEXT_DEADLINE_WEEKS: Readonly<Partial<Record<RequestStage, number>>> = {
  received: DECISION_TO_ASSESS_WEEKS,
  assessment: DECISION_NOT_TO_ISSUE_WEEKS,
  decision_to_issue: FINAL_PLAN_WEEKS,
  draft_issued: FINAL_PLAN_WEEKS,
};
