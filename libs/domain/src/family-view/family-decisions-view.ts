import { isAfter, type CalendarDate } from '../calendar-date/calendar-date.js';
import { annualReviewDueOn } from '../statutory-clock/annual-review.js';
import { adviceDeadline } from '../statutory-clock/time-limits.js';
import type { AdviceKind } from '../vocabulary/requests.js';

/*
 * The council's decisions on a request, the advice it asked for and the plan's reviews, in the words a family
 * reads on their phone (a reading age of about 9). Only days and outcomes: never the panel's votes, notes or who
 * voted, never the advice itself.
 */

/** The decisions a family is told of, each in a letter: whether to assess, and whether to write a plan. */
export const FAMILY_DECISION_KINDS = ['decision_to_assess', 'decision_to_issue'] as const;
export type FamilyDecisionKind = (typeof FAMILY_DECISION_KINDS)[number];

/** The outcomes of those decisions as recorded (in a meeting or under delegation): "yes" first, then "no". */
const FAMILY_DECISION_OUTCOMES: Readonly<Record<FamilyDecisionKind, readonly [string, string]>> = {
  decision_to_assess: ['agree', 'refuse'],
  decision_to_issue: ['issue', 'not_issue'],
};

/** "Yes" when the council agreed to assess or to write a plan. */
export function decisionSaidYes(kind: FamilyDecisionKind, outcome: string): boolean {
  return FAMILY_DECISION_OUTCOMES[kind][0] === outcome;
}

/** The decision in one sentence, naming the child by first name. */
export function familyDecisionWords(kind: FamilyDecisionKind, yes: boolean, firstName: string): string {
  const whose = `${firstName}’s`;
  if (kind === 'decision_to_assess')
    return yes
      ? `We decided to carry out an assessment of ${whose} needs`
      : `We decided not to carry out an assessment of ${whose} needs`;
  return yes
    ? `We decided to write an Education, Health and Care plan for ${firstName}`
    : `We decided not to write an Education, Health and Care plan for ${firstName}`;
}

/** Who was asked for advice, as a family would say it: by team where the council named one. */
const ADVICE_KIND_WORDS: Readonly<Record<AdviceKind, string>> = {
  health: 'Health',
  educational_psychology: 'Educational psychologist',
  social_care: 'Social care',
};
const TEAM_WORDS: Readonly<Record<string, string>> = {
  salt: 'Speech and language therapist',
  ot: 'Occupational therapist',
  physio: 'Physiotherapist',
  camhs: 'Children’s mental health team (CAMHS)',
  community_paediatrics: 'Children’s doctor (paediatrician)',
  school_nursing: 'School nurse',
  health_visiting: 'Health visitor',
  children_with_disabilities: 'Social care: children with disabilities team',
  short_breaks: 'Social care: short breaks team',
};

export function adviceFromInWords(kind: AdviceKind, teamCode: string | null): string {
  return (teamCode && TEAM_WORDS[teamCode]) ?? ADVICE_KIND_WORDS[kind];
}

/** One request for advice as the council holds it: the days only. */
export interface AdviceAskedFacts {
  id: string;
  kind: AdviceKind;
  teamCode: string | null;
  askedOn: CalendarDate;
  returnedOn: CalendarDate | null;
}

export interface FamilyAdviceView {
  id: string;
  /** Who was asked: "Educational psychologist", "Speech and language therapist", "Social care"… */
  from: string;
  askedOn: CalendarDate;
  /** 6 weeks after it was asked (reg 8(1)). */
  dueOn: CalendarDate;
  /** Null: not back yet. */
  returnedOn: CalendarDate | null;
  /** Back after its day, or not back and its day has passed. */
  late: boolean;
}

export function familyAdviceView(facts: AdviceAskedFacts, today: CalendarDate): FamilyAdviceView {
  const dueOn = adviceDeadline(facts.askedOn);
  return {
    id: facts.id,
    from: adviceFromInWords(facts.kind, facts.teamCode),
    askedOn: facts.askedOn,
    dueOn,
    returnedOn: facts.returnedOn,
    late: isAfter(facts.returnedOn ?? today, dueOn),
  };
}

/** A final plan's reviews as the council holds them. */
export interface PlanReviewFacts {
  finalIssuedOn: CalendarDate | null;
  /** The day of the last review meeting held, if any. */
  lastReviewOn: CalendarDate | null;
}

export interface FamilyPlanReviewsView {
  /** The day the final plan was sent; null while there is no final plan. */
  planIssuedOn: CalendarDate | null;
  lastReviewOn: CalendarDate | null;
  /** The last day for the next review: within 12 months of the plan or of the last review (s44(1)). */
  nextDueBy: CalendarDate | null;
  late: boolean;
}

export function familyPlanReviewsView(facts: PlanReviewFacts, today: CalendarDate): FamilyPlanReviewsView {
  if (!facts.finalIssuedOn) return { planIssuedOn: null, lastReviewOn: null, nextDueBy: null, late: false };
  const { lastReviewOn } = facts;
  const nextDueBy = annualReviewDueOn(lastReviewOn ?? facts.finalIssuedOn);
  return { planIssuedOn: facts.finalIssuedOn, lastReviewOn, nextDueBy, late: isAfter(today, nextDueBy) };
}
