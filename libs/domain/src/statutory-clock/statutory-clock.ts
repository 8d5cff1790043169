import {
  compareDates,
  earliestOf,
  isAfter,
  isBefore,
  type CalendarDate,
} from '../calendar-date/calendar-date.js';
import type {
  AdviceException,
  ClockEvent,
  DecisionToAssessException,
  ClockEventType,
  DecisionToAssess,
  DecisionToIssue,
  PlanException,
  TimeLimitException,
} from './clock-events.js';
import { isOpen, milestoneClock, type MilestoneClock } from './milestones.js';
import {
  checkAdviceException,
  checkDecisionToAssessException,
  checkPlanException,
  isAdviceException,
  isDecisionToAssessException,
  isPlanException,
} from './time-limit-exceptions.js';
import {
  adviceDeadline,
  decisionNotToIssueDeadline,
  decisionToAssessDeadline,
  decisionToAssessTarget,
  decisionToIssueTarget,
  earliestFinalPlanDate,
  FINAL_PLAN_WEEKS,
  finalPlanDeadline,
  latestDraftForFinalOnTime,
  weekOfPath,
  weekOfPathLabel,
} from './time-limits.js';

/** Thrown when the events cannot make a clock at all: there is no day the request was received. */
export class StatutoryClockError extends Error {
  constructor(
    readonly code: 'no_request_received',
    message: string,
  ) {
    super(message);
    this.name = 'StatutoryClockError';
  }
}

/** A milestone of the 20-week path, with what is particular to it. */
export interface RequestMilestone extends MilestoneClock {
  /** For an advice: which one, and who was asked. */
  adviceId?: string;
  agency?: string;
  /** For a decision: what was decided. */
  outcome?: DecisionToAssess['outcome'] | DecisionToIssue['outcome'];
  /** For the final plan, once a draft is out: the first day it may be issued (reg 13(1)). */
  earliestIssueOn?: CalendarDate | null;
  /** For the final plan: issued before the family's 15 days on the draft had run. */
  issuedBeforeFamilyRepresentationsEnded?: boolean;
}

/** Why a request's clock stopped with no plan: no further milestones are due. */
export type ClockStopReason = 'refused_to_assess' | 'not_to_issue' | 'withdrawn';
export type RequestClockState = 'open' | 'plan_issued' | 'stopped';

export const CLOCK_WARNING_CODES = [
  'several_receipts',
  'before_received',
  'after_path_ended',
  'repeated_step',
  'unknown_advice',
  'advice_requested_twice',
  'final_without_draft',
  'final_before_family_representations_ended',
] as const;
export type ClockWarningCode = (typeof CLOCK_WARNING_CODES)[number];

/** Something in the record that does not fit the path; the clock reads past it and says so. */
export interface ClockWarning {
  code: ClockWarningCode;
  on: CalendarDate;
  message: string;
}

export interface RejectedException {
  exception: TimeLimitException;
  reason: string;
}

/** Where one request stands on the 20-week path on a given day. */
export interface RequestClock {
  receivedOn: CalendarDate;
  today: CalendarDate;
  state: RequestClockState;
  /** The day the plan was issued or the clock stopped; null while the path is open. */
  endedOn: CalendarDate | null;
  stoppedBecause: ClockStopReason | null;
  /** The week of the path today, or on the day the path ended: week 1 starts the day the request is received. */
  week: number;
  ofWeeks: number;
  /** "week 5 of 20"; "week 20 of 20, due today" on the deadline day; past the limit it keeps counting: "week 22 of 20". */
  weekLabel: string;
  milestones: readonly RequestMilestone[];
  /** The open milestone due first: what the caseload sorts and badges by. */
  nextDue: RequestMilestone | null;
  /** An accepted reg 10(4) exception applies to the 16 and 20 weeks. */
  exceptionCase: boolean;
  /** The exceptions that hold: reg 5(4), reg 8(2) and reg 10(4). */
  exceptions: readonly TimeLimitException[];
  /** Exceptions recorded that the Regulations do not allow, each with the reason. */
  rejectedExceptions: readonly RejectedException[];
  warnings: readonly ClockWarning[];
}

interface PathEnd {
  on: CalendarDate;
  state: Exclude<RequestClockState, 'open'>;
  because: ClockStopReason | null;
}

interface AdviceTrack {
  adviceId: string;
  agency: string;
  requestedOn: CalendarDate;
  returnedOn: CalendarDate | null;
  cancelledOn: CalendarDate | null;
}

/**
 * Reads a request's recorded events into its statutory clock on `today`: each milestone's deadline,
 * local target and status, the week of the path, and the exceptions that hold. A refusal to assess,
 * a decision not to issue and a withdrawal stop the clock; an issued final plan ends the path. After
 * either, milestones still open are no longer due and are left out.
 */
export function statutoryClock(events: readonly ClockEvent[], today: CalendarDate): RequestClock {
  const warnings: ClockWarning[] = [];
  const sorted = [...events].sort((a, b) => compareDates(a.on, b.on));
  const receivedOn = receivedDate(sorted, warnings);
  const end = pathEnd(sorted);
  const steps = stepsThatCount(sorted, receivedOn, end, warnings);

  const advice = trackAdvice(steps, warnings);
  const { accepted, rejected } = sortExceptions(sorted, receivedOn, advice);
  const planExceptions = accepted.filter(isPlanException);
  const adviceExceptions = accepted.filter(isAdviceException);
  const decisionToAssessExceptions = accepted.filter(isDecisionToAssessException);

  const decisionToAssess = firstStep(steps, 'decision_to_assess', warnings);
  const decisionToIssue = firstStep(steps, 'decision_to_issue', warnings);
  const draft = firstStep(steps, 'draft_issued', warnings);
  const final = firstStep(steps, 'final_issued', warnings);
  const agreedToAssess = decisionToAssess?.outcome === 'agree';
  const issuing = decisionToIssue?.outcome === 'issue';

  const milestones: RequestMilestone[] = [
    decisionToAssessMilestone(receivedOn, decisionToAssess, decisionToAssessExceptions, today),
  ];
  for (const track of advice.values()) {
    if (track.cancelledOn === null) milestones.push(adviceMilestone(track, adviceExceptions, today));
  }
  if (agreedToAssess || decisionToIssue) {
    milestones.push(decisionWhetherToIssueMilestone(receivedOn, decisionToIssue, planExceptions, today));
  }
  if (issuing || draft)
    milestones.push(draftPlanMilestone(receivedOn, decisionToIssue, draft, planExceptions, today));
  if (agreedToAssess || issuing || draft || final) {
    milestones.push(finalPlanMilestone(receivedOn, draft, final, planExceptions, today, warnings));
  }

  // Once the path has ended, nothing still open is due.
  const due = end ? milestones.filter((milestone) => !isOpen(milestone)) : milestones;
  const week = weekOfPath(receivedOn, end ? earliestOf(end.on, today) : today);
  return {
    receivedOn,
    today,
    state: end?.state ?? 'open',
    endedOn: end?.on ?? null,
    stoppedBecause: end?.because ?? null,
    week,
    ofWeeks: FINAL_PLAN_WEEKS,
    weekLabel: weekOfPathLabel(week, !end && today === finalPlanDeadline(receivedOn)),
    milestones: due,
    nextDue: nextDue(due),
    exceptionCase: planExceptions.length > 0,
    exceptions: accepted,
    rejectedExceptions: rejected,
    warnings,
  };
}

/** The open milestone with the earliest due date, or null when nothing is open. */
export function nextDue<M extends MilestoneClock>(milestones: readonly M[]): M | null {
  const open = milestones.filter(isOpen).sort((a, b) => compareDates(a.dueOn, b.dueOn));
  return open[0] ?? null;
}

function receivedDate(sorted: readonly ClockEvent[], warnings: ClockWarning[]): CalendarDate {
  const receipts = sorted.filter((event) => event.type === 'request_received');
  const first = receipts[0];
  if (!first)
    throw new StatutoryClockError(
      'no_request_received',
      'The statutory clock needs the day the request was received.',
    );
  for (const later of receipts.slice(1)) {
    warnings.push({
      code: 'several_receipts',
      on: later.on,
      message: `The request is recorded as received again on ${later.on}; the clock counts from ${first.on}.`,
    });
  }
  return first.on;
}

/** The first event that ends the path: a refusal, a decision not to issue, a withdrawal, or the final plan. */
function pathEnd(sorted: readonly ClockEvent[]): PathEnd | null {
  for (const event of sorted) {
    if (event.type === 'decision_to_assess' && event.outcome === 'refuse')
      return { on: event.on, state: 'stopped', because: 'refused_to_assess' };
    if (event.type === 'decision_to_issue' && event.outcome === 'not_issue')
      return { on: event.on, state: 'stopped', because: 'not_to_issue' };
    if (event.type === 'withdrawn') return { on: event.on, state: 'stopped', because: 'withdrawn' };
    if (event.type === 'final_issued') return { on: event.on, state: 'plan_issued', because: null };
  }
  return null;
}

/**
 * The steps the clock counts: none after the path ended. Exceptions are not steps: they are often
 * recorded afterwards, to explain a late plan, and always count.
 */
function stepsThatCount(
  sorted: readonly ClockEvent[],
  receivedOn: CalendarDate,
  end: PathEnd | null,
  warnings: ClockWarning[],
): ClockEvent[] {
  const steps: ClockEvent[] = [];
  for (const event of sorted) {
    if (event.type === 'request_received' || event.type === 'exception_recorded') continue;
    if (end && isAfter(event.on, end.on)) {
      warnings.push({
        code: 'after_path_ended',
        on: event.on,
        message: `"${event.type}" on ${event.on} comes after the path ended on ${end.on}; the clock leaves it out.`,
      });
      continue;
    }
    if (isBefore(event.on, receivedOn)) {
      warnings.push({
        code: 'before_received',
        on: event.on,
        message: `"${event.type}" on ${event.on} is before the request was received on ${receivedOn}.`,
      });
    }
    steps.push(event);
  }
  return steps;
}

function firstStep<T extends ClockEventType>(
  steps: readonly ClockEvent[],
  type: T,
  warnings: ClockWarning[],
): Extract<ClockEvent, { type: T }> | null {
  const matching = steps.filter((event): event is Extract<ClockEvent, { type: T }> => event.type === type);
  for (const repeat of matching.slice(1)) {
    warnings.push({
      code: 'repeated_step',
      on: repeat.on,
      message: `"${type}" is recorded again on ${repeat.on}; the clock counts the first, on ${matching[0]?.on}.`,
    });
  }
  return matching[0] ?? null;
}

function trackAdvice(steps: readonly ClockEvent[], warnings: ClockWarning[]): Map<string, AdviceTrack> {
  const tracks = new Map<string, AdviceTrack>();
  for (const event of steps) {
    if (event.type === 'advice_requested') {
      if (tracks.has(event.adviceId)) {
        warnings.push({
          code: 'advice_requested_twice',
          on: event.on,
          message: `Advice ${event.adviceId} is asked for again on ${event.on}; its 6 weeks count from the first request.`,
        });
      } else {
        tracks.set(event.adviceId, {
          adviceId: event.adviceId,
          agency: event.agency,
          requestedOn: event.on,
          returnedOn: null,
          cancelledOn: null,
        });
      }
    } else if (event.type === 'advice_returned' || event.type === 'advice_cancelled') {
      const track = tracks.get(event.adviceId);
      if (!track) {
        warnings.push({
          code: 'unknown_advice',
          on: event.on,
          message: `Advice ${event.adviceId} is ${event.type === 'advice_returned' ? 'returned' : 'cancelled'} on ${event.on}, but no request for it comes before.`,
        });
      } else if (track.returnedOn === null && track.cancelledOn === null) {
        if (event.type === 'advice_returned') track.returnedOn = event.on;
        else track.cancelledOn = event.on;
      } else {
        warnings.push({
          code: 'repeated_step',
          on: event.on,
          message: `Advice ${event.adviceId} was already returned or cancelled before ${event.on}.`,
        });
      }
    }
  }
  return tracks;
}

function sortExceptions(
  sorted: readonly ClockEvent[],
  receivedOn: CalendarDate,
  advice: ReadonlyMap<string, AdviceTrack>,
): { accepted: TimeLimitException[]; rejected: RejectedException[] } {
  const accepted: TimeLimitException[] = [];
  const rejected: RejectedException[] = [];
  for (const event of sorted) {
    if (event.type !== 'exception_recorded') continue;
    const { exception } = event;
    const check = isAdviceException(exception)
      ? checkAgainstAdvice(exception, advice)
      : isPlanException(exception)
        ? checkPlanException(exception, receivedOn)
        : checkDecisionToAssessException(exception, receivedOn);
    if (check.ok) accepted.push(exception);
    else rejected.push({ exception, reason: check.reason });
  }
  return { accepted, rejected };
}

function checkAgainstAdvice(exception: AdviceException, advice: ReadonlyMap<string, AdviceTrack>) {
  const track = advice.get(exception.adviceId);
  if (!track)
    return { ok: false as const, reason: `No advice ${exception.adviceId} was asked for on this request.` };
  return checkAdviceException(exception, track.requestedOn);
}

function decisionToAssessMilestone(
  receivedOn: CalendarDate,
  decision: DecisionToAssess | null,
  exceptions: readonly DecisionToAssessException[],
  today: CalendarDate,
): RequestMilestone {
  const milestone = milestoneClock(
    {
      milestone: 'decision_to_assess',
      regulation: 'reg 5(1)',
      startsOn: receivedOn,
      statutoryDeadline: decisionToAssessDeadline(receivedOn),
      localTarget: decisionToAssessTarget(receivedOn),
      completedOn: decision?.on ?? null,
      exceptions,
    },
    today,
  );
  return decision ? { ...milestone, outcome: decision.outcome } : milestone;
}

function adviceMilestone(
  track: AdviceTrack,
  exceptions: readonly AdviceException[],
  today: CalendarDate,
): RequestMilestone {
  const milestone = milestoneClock(
    {
      milestone: 'advice',
      label: `Advice from ${track.agency}`,
      regulation: 'reg 8(1)',
      startsOn: track.requestedOn,
      statutoryDeadline: adviceDeadline(track.requestedOn),
      localTarget: null,
      completedOn: track.returnedOn,
      exceptions: exceptions.filter((exception) => exception.adviceId === track.adviceId),
    },
    today,
  );
  return { ...milestone, adviceId: track.adviceId, agency: track.agency };
}

/**
 * reg 10(1) limits only a decision *not* to issue, to 16 weeks; a decision to issue has no limit of its
 * own (the final plan's 20 weeks is the limit) and is judged against the council's week-14 target.
 * Until it is made, the 16 weeks stand.
 */
function decisionWhetherToIssueMilestone(
  receivedOn: CalendarDate,
  decision: DecisionToIssue | null,
  exceptions: readonly PlanException[],
  today: CalendarDate,
): RequestMilestone {
  const issuing = decision?.outcome === 'issue';
  const milestone = milestoneClock(
    {
      milestone: 'decision_whether_to_issue',
      regulation: issuing ? null : 'reg 10(1)',
      startsOn: receivedOn,
      statutoryDeadline: issuing ? null : decisionNotToIssueDeadline(receivedOn),
      localTarget: decisionToIssueTarget(receivedOn),
      completedOn: decision?.on ?? null,
      exceptions,
    },
    today,
  );
  return decision ? { ...milestone, outcome: decision.outcome } : milestone;
}

/** The draft has no limit in law; its target is the last day that leaves the family 15 days before week 20. */
function draftPlanMilestone(
  receivedOn: CalendarDate,
  decision: DecisionToIssue | null,
  draft: ClockEvent | null,
  exceptions: readonly PlanException[],
  today: CalendarDate,
): RequestMilestone {
  return milestoneClock(
    {
      milestone: 'draft_plan',
      regulation: null,
      startsOn: decision?.on ?? null,
      statutoryDeadline: null,
      localTarget: latestDraftForFinalOnTime(receivedOn),
      completedOn: draft?.on ?? null,
      exceptions,
    },
    today,
  );
}

function finalPlanMilestone(
  receivedOn: CalendarDate,
  draft: ClockEvent | null,
  final: ClockEvent | null,
  exceptions: readonly PlanException[],
  today: CalendarDate,
  warnings: ClockWarning[],
): RequestMilestone {
  const milestone = milestoneClock(
    {
      milestone: 'final_plan',
      regulation: 'reg 13(2)',
      startsOn: receivedOn,
      statutoryDeadline: finalPlanDeadline(receivedOn),
      localTarget: null,
      completedOn: final?.on ?? null,
      exceptions,
    },
    today,
  );
  const earliestIssueOn = draft ? earliestFinalPlanDate(draft.on) : null;
  // reg 13(1): the family has at least 15 days on the draft; a final plan issued sooner took them away.
  const tooEarly = final !== null && earliestIssueOn !== null && isBefore(final.on, earliestIssueOn);
  if (final && !draft) {
    warnings.push({
      code: 'final_without_draft',
      on: final.on,
      message:
        'The final plan was issued with no draft recorded: the family must have 15 days on a draft (reg 13(1)).',
    });
  }
  if (tooEarly && final) {
    warnings.push({
      code: 'final_before_family_representations_ended',
      on: final.on,
      message: `The final plan was issued on ${final.on}, before the family's 15 days on the draft ended: it could be issued from ${earliestIssueOn} (reg 13(1)).`,
    });
  }
  return { ...milestone, earliestIssueOn, issuedBeforeFamilyRepresentationsEnded: tooEarly };
}
