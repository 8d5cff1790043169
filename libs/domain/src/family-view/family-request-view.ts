import { addDays, daysBetween, isAfter, type CalendarDate } from '../calendar-date/calendar-date.js';
import { annualReviewDueOn } from '../statutory-clock/annual-review.js';
import {
  decisionNotToIssueDeadline,
  decisionToAssessDeadline,
  FAMILY_REPRESENTATION_DAYS,
  finalPlanDeadline,
  latestDraftForFinalOnTime,
} from '../statutory-clock/time-limits.js';
import type { RequestStage } from '../vocabulary/requests.js';
import type { ExceptionRegulation, StatutoryExceptionKind } from '../vocabulary/statutory-exceptions.js';
import {
  EXCEPTION_WORDS_FOR_FAMILIES,
  STAGE_WORDS_FOR_FAMILIES,
  STEP_WORDS_FOR_FAMILIES,
  type FamilyStep,
  type StageInWords,
} from './family-words.js';

/** What the council holds about a request that its family may read: the path, not the papers. */
export interface FamilyRequestFacts {
  stage: RequestStage;
  receivedOn: CalendarDate;
  /** The day each step of the path was taken, where it was. */
  stepsOn: Partial<Record<RequestStage, CalendarDate>>;
  /** The exceptions to the request's time limits the council recorded (regs 5(4) and 10(4)). */
  exceptions: readonly { regulation: ExceptionRegulation; kind: StatutoryExceptionKind }[];
  /** For a final plan: the day of its last annual review, if there has been one. */
  lastReviewedOn?: CalendarDate | null;
  today: CalendarDate;
}

export interface FamilyStepView {
  step: FamilyStep;
  words: string;
  status: 'done' | 'now' | 'to_come';
  /** The day it happened, once it has. */
  on: CalendarDate | null;
  /** The day it is due by: the law's time limit, or for the draft plan the day that leaves the family 15 days. */
  dueBy: CalendarDate | null;
  /** Past its day: not done yet, or done after it. */
  late: boolean;
}

export interface FamilyRequestView {
  stage: StageInWords;
  steps: FamilyStepView[];
  /** The next thing to happen, and by when; null once the request is closed with nothing more to come. */
  next: (FamilyStepView & { daysLeft: number; lateBecause: string[] }) | null;
  /** While a draft plan is out: the last day to comment and name a school, and how many days are left. */
  draftComments: DraftCommentWindow | null;
}

/** Which regulation's exceptions can excuse each step's time limit. */
const EXCUSED_UNDER: Partial<Record<FamilyStep, ExceptionRegulation>> = {
  decision_to_assess: '5(4)',
  decision_to_issue: '10(4)',
  draft_plan: '10(4)',
  final_plan: '10(4)',
};

/** The request's path as its family sees it: where it is, what comes next and by when, and why anything is late. */
export function familyRequestView(facts: FamilyRequestFacts): FamilyRequestView {
  const steps = stepsOf(facts);
  const upcoming = steps.find((s) => s.status !== 'done') ?? null;
  return {
    stage: STAGE_WORDS_FOR_FAMILIES[facts.stage],
    steps,
    next: upcoming && {
      ...upcoming,
      daysLeft: upcoming.dueBy ? Math.max(0, daysBetween(facts.today, upcoming.dueBy)) : 0,
      lateBecause: upcoming.late ? reasonsExcusing(facts, upcoming.step) : [],
    },
    draftComments: draftComments(facts),
  };
}

/**
 * The draft's comment period: at least 15 days beginning with the day it was sent (reg 13(1)), so its last day is
 * the 15th, counting the day it was sent as the first.
 */
export function draftCommentsLastDay(draftIssuedOn: CalendarDate): CalendarDate {
  return addDays(draftIssuedOn, FAMILY_REPRESENTATION_DAYS - 1);
}

/** The days a family has to comment on a draft and name a school, as they stand today. */
export interface DraftCommentWindow {
  lastDay: CalendarDate;
  daysLeft: number;
  open: boolean;
}

/**
 * While the request waits on its draft (stage `draft_issued`), the comment period as it stands today; null before a
 * draft is sent and once the request has moved on (the final plan issued, or the request closed).
 */
export function draftCommentWindow(
  stage: RequestStage,
  draftIssuedOn: CalendarDate | null | undefined,
  today: CalendarDate,
): DraftCommentWindow | null {
  if (stage !== 'draft_issued' || !draftIssuedOn) return null;
  const lastDay = draftCommentsLastDay(draftIssuedOn);
  const open = !isAfter(today, lastDay);
  return { lastDay, open, daysLeft: open ? daysBetween(today, lastDay) + 1 : 0 };
}

function draftComments(facts: FamilyRequestFacts): FamilyRequestView['draftComments'] {
  return draftCommentWindow(facts.stage, facts.stepsOn.draft_issued, facts.today);
}

function reasonsExcusing(facts: FamilyRequestFacts, step: FamilyStep): string[] {
  const regulation = EXCUSED_UNDER[step];
  const kinds = new Set(facts.exceptions.filter((e) => e.regulation === regulation).map((e) => e.kind));
  return [...kinds].map((kind) => EXCEPTION_WORDS_FOR_FAMILIES[kind]);
}

function stepsOf(facts: FamilyRequestFacts): FamilyStepView[] {
  const { stepsOn, receivedOn, stage } = facts;
  const step = (
    name: FamilyStep,
    on: CalendarDate | undefined,
    dueBy: CalendarDate | null,
  ): FamilyStepView => ({
    step: name,
    words: STEP_WORDS_FOR_FAMILIES[name],
    status: on ? 'done' : 'to_come',
    on: on ?? null,
    dueBy,
    late: dueBy !== null && isAfter(on ?? facts.today, dueBy),
  });
  const path: FamilyStepView[] = [
    step('received', receivedOn, null),
    step('decision_to_assess', stepsOn.assessment ?? stepsOn.refused, decisionToAssessDeadline(receivedOn)),
  ];
  if (stage === 'refused' || (stage === 'withdrawn' && !stepsOn.assessment)) return withNow(path, stage);
  path.push(
    step(
      'decision_to_issue',
      stepsOn.decision_to_issue ?? stepsOn.not_issued,
      decisionNotToIssueDeadline(receivedOn),
    ),
  );
  if (stage === 'not_issued' || (stage === 'withdrawn' && !stepsOn.decision_to_issue))
    return withNow(path, stage);
  path.push(step('draft_plan', stepsOn.draft_issued, latestDraftForFinalOnTime(receivedOn)));
  path.push(step('final_plan', stepsOn.final_issued, finalPlanDeadline(receivedOn)));
  const finalOn = stepsOn.final_issued;
  if (finalOn)
    path.push(step('annual_review', undefined, annualReviewDueOn(facts.lastReviewedOn ?? finalOn)));
  return withNow(path, stage);
}

/** The first step not yet taken is the one under way, unless the request is closed short of it. */
function withNow(path: FamilyStepView[], stage: RequestStage): FamilyStepView[] {
  const closedShort = stage === 'refused' || stage === 'not_issued' || stage === 'withdrawn';
  const now = closedShort ? -1 : path.findIndex((s) => s.status === 'to_come');
  return path
    .filter((s) => !(closedShort && s.status === 'to_come'))
    .map((s, i) => (i === now ? { ...s, status: 'now' as const } : s));
}
