import { CLOSED_REQUEST_STAGES, REQUEST_STAGES } from '@convene/domain';
import { adviceDueOn } from '../cases/advice-requests.repository.js';

/*
 * What the monthly return's request and advice figures count, in one place for the figures and for the lists of
 * cases behind them, so a count and its list never disagree. Periods run from $1 to $2, both included.
 */

/** The stages of a request still on the path to a final plan, in the path's order. */
export const OPEN_REQUEST_STAGES = REQUEST_STAGES.filter((stage) => !CLOSED_REQUEST_STAGES.includes(stage));

const quoted = (stages: readonly string[]) => stages.map((stage) => `'${stage}'`).join(', ');

/** Requests (alias r) received in the period. */
export const RECEIVED_IN_PERIOD = `r.received_on BETWEEN $1 AND $2`;

/** Requests (alias r) refused an assessment in the period, dated by the decision to assess. */
export const REFUSED_IN_PERIOD = `r.stage = 'refused' AND r.decision_to_assess_on BETWEEN $1 AND $2`;

/** Requests (alias r) open today. */
export const OPEN_TODAY = `r.stage IN (${quoted(OPEN_REQUEST_STAGES)})`;

/** The order of the open stages along the path, for ORDER BY. */
export const OPEN_STAGE_ORDER = `array_position(ARRAY[${quoted(OPEN_REQUEST_STAGES)}], r.stage)`;

/** The day a request's (alias r) final plan is due: 20 weeks (140 days, reg 13(2)) after it was received. */
export const FINAL_PLAN_DUE_ON = `r.received_on + 140`;

/** Past that day today ($1). */
export const OVER_TWENTY_WEEKS = `${FINAL_PLAN_DUE_ON} < $1`;

/** Requests (alias r) open today ($1) more than 20 weeks after they were received. */
export const OPEN_OVER_TWENTY_WEEKS = `${OPEN_TODAY} AND ${OVER_TWENTY_WEEKS}`;

/** A final plan (alias r) issued in 20 weeks: on or before its due day, the day itself included (`issuedInTwentyWeeks`). */
export const ISSUED_IN_TWENTY_WEEKS = `r.final_issued_on <= ${FINAL_PLAN_DUE_ON}`;

/** The day an advice (alias a) falls due: 6 weeks after it was asked for (reg 8(1)). */
export const ADVICE_DUE_ON = adviceDueOn('a');

/**
 * Advices (alias a) due in the period and either returned or past their deadline on $3 (today); one not yet due
 * and still out is not counted.
 */
export const ADVICES_DUE_IN_PERIOD = `a.status <> 'cancelled' AND ${ADVICE_DUE_ON} BETWEEN $1 AND $2 AND (a.returned_on IS NOT NULL OR ${ADVICE_DUE_ON} < $3)`;

/** Returned by the deadline day. */
export const ADVICE_ON_TIME = `a.returned_on <= ${ADVICE_DUE_ON}`;
