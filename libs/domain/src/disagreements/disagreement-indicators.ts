import { daysBetween, type CalendarDate } from '../calendar-date/calendar-date.js';
import { percentOf } from '../reporting/percent.js';
import { monthsEnding } from '../reporting/rolling-year.js';
import {
  OUTCOMES_AGAINST_THE_COUNCIL,
  type AppealableDecision,
  type DisagreementKind,
} from '../vocabulary/disagreements.js';

/**
 * The council's appealable decisions as the records count them, each a kind of decision a family may take to the
 * First-tier Tribunal (SEND) (Children and Families Act 2014, s.51(2)), counted in the month it was made:
 * - a refusal to assess: a request refused on the day of its decision whether to assess;
 * - a refusal to issue a plan: a request closed as "decided not to issue" after the assessment;
 * - a plan issued or amended: a final plan issued, or an amended plan issued after an annual review or for a phase
 *   transfer; a family may appeal its needs and provision (sections B and F) or the school or placement named (section I), so appeals of
 *   both kinds are set against this one count;
 * - a refusal to amend: a plan maintained without amendment after an annual review;
 * - ceasing a plan: a decision after an annual review to cease to maintain it.
 * A decision to assess or to issue that was agreed is not appealable, so it is not counted.
 */
export const APPEALABLE_DECISION_COUNTS = [
  'refusal_to_assess',
  'refusal_to_issue',
  'plan_issued_or_amended',
  'refusal_to_amend',
  'cease_plan',
] as const;
export type AppealableDecisionCount = (typeof APPEALABLE_DECISION_COUNTS)[number];

/** The decision types of the indicators: the counted kinds, and a complaint that names no appealable decision. */
export const DISAGREEMENT_DECISION_TYPES = [...APPEALABLE_DECISION_COUNTS, 'not_named'] as const;
export type DisagreementDecisionType = (typeof DISAGREEMENT_DECISION_TYPES)[number];

export const DISAGREEMENT_DECISION_TYPE_LABELS: Readonly<Record<DisagreementDecisionType, string>> = {
  refusal_to_assess: 'Refusal to assess',
  refusal_to_issue: 'Refusal to issue a plan',
  plan_issued_or_amended: 'Plan issued or amended (sections B, F and I)',
  refusal_to_amend: 'Refusal to amend after a review',
  cease_plan: 'Ceasing the plan',
  not_named: 'No appealable decision named',
};

/** The count of decisions an appeal against each appealable decision is set against. */
const COUNTED_AS: Readonly<Record<AppealableDecision, AppealableDecisionCount>> = {
  refusal_to_assess: 'refusal_to_assess',
  refusal_to_issue: 'refusal_to_issue',
  plan_needs_and_provision: 'plan_issued_or_amended',
  named_placement: 'plan_issued_or_amended',
  refusal_to_amend: 'refusal_to_amend',
  cease_plan: 'cease_plan',
};

export const decisionTypeOf = (appealableDecision: AppealableDecision | null): DisagreementDecisionType =>
  appealableDecision ? COUNTED_AS[appealableDecision] : 'not_named';

/** What the indicators need of a disagreement on the register. */
export interface DisagreementOnRegister {
  id: string;
  kind: DisagreementKind;
  appealableDecision: AppealableDecision | null;
  decisionNotifiedOn: CalendarDate;
  /** The complaint received, the mediation adviser contacted, or the appeal registered. */
  openedOn: CalendarDate;
  outcome: string | null;
  outcomeOn: CalendarDate | null;
}

/** How many appealable decisions of one kind were made in one month (YYYY-MM). */
export interface AppealableDecisionTally {
  month: string;
  decisionType: AppealableDecisionCount;
  decisions: number;
}

/**
 * Which disagreements a figure counts:
 * - complaints, mediations, appeals: opened in the period (a complaint received, a mediation adviser contacted,
 *   an appeal registered);
 * - appeals_decided: appeals whose outcome was reached in the period, whatever the outcome;
 * - against_the_council: of those, conceded by the council, or upheld in whole or in part by the Tribunal
 *   (withdrawn and dismissed appeals went the council's way);
 * - longest_to_register: of the appeals registered in the period, those with the longest time to register.
 */
export const DISAGREEMENT_MEASURES = [
  'complaints',
  'mediations',
  'appeals',
  'appeals_decided',
  'against_the_council',
  'longest_to_register',
] as const;
export type DisagreementMeasure = (typeof DISAGREEMENT_MEASURES)[number];

/** One figure of the indicators: its measure, over a month or the 12 months to its end, for one decision type or all. */
export interface DisagreementFigure {
  month: string;
  span: 'month' | 'rolling';
  measure: DisagreementMeasure;
  decisionType?: DisagreementDecisionType;
}

export interface DisagreementFigures {
  complaints: number;
  mediations: number;
  appeals: number;
  /** Appealable decisions made in the period (see APPEALABLE_DECISION_COUNTS); null for "no decision named". */
  appealableDecisions: number | null;
  /** Appeals registered per 1,000 appealable decisions made in the period, one decimal; null when none were made. */
  appealsPerThousand: number | null;
  appealsDecided: number;
  againstTheCouncil: number;
  /** Of the appeals decided, the share against the council, one decimal; null when none was decided. */
  percentAgainstTheCouncil: number | null;
  /** Days from the decision's notice to the appeal registered, of the appeals registered; null when there were none. */
  medianDaysToRegister: number | null;
  longestDaysToRegister: number | null;
}

export interface DisagreementMonth extends DisagreementFigures {
  /** YYYY-MM */
  month: string;
  /** The 12 months to the end of this one. */
  rolling: DisagreementFigures;
}

export interface DisagreementDecisionTypeFigures {
  decisionType: DisagreementDecisionType;
  /** The month asked for. */
  inMonth: DisagreementFigures;
  /** The 12 months to its end. */
  rolling: DisagreementFigures;
}

export interface DisagreementIndicators {
  /** YYYY-MM, oldest first; the last is the month asked for. */
  months: string[];
  byMonth: DisagreementMonth[];
  /** Every decision type, for the month asked for and the 12 months to its end. */
  byDecisionType: DisagreementDecisionTypeFigures[];
}

/** Days from the notice of the decision to the appeal registered (the Tribunal's two months run from the notice). */
export const daysToRegister = (d: Pick<DisagreementOnRegister, 'decisionNotifiedOn' | 'openedOn'>) =>
  daysBetween(d.decisionNotifiedOn, d.openedOn);

const monthsOf = (figure: Pick<DisagreementFigure, 'month' | 'span'>) =>
  new Set(figure.span === 'rolling' ? monthsEnding(figure.month, 12) : [figure.month]);

const KIND_OF_MEASURE: Partial<Record<DisagreementMeasure, DisagreementKind>> = {
  complaints: 'complaint',
  mediations: 'mediation',
  appeals: 'appeal',
};

/**
 * The disagreements a figure counts, oldest first: every count of the indicators is the length of this list, so the
 * list behind a number is always the one it counts.
 */
export function disagreementsBehind<D extends DisagreementOnRegister>(
  register: readonly D[],
  figure: DisagreementFigure,
): D[] {
  const months = monthsOf(figure);
  const ofType = register.filter(
    (d) => !figure.decisionType || decisionTypeOf(d.appealableDecision) === figure.decisionType,
  );
  const kind = KIND_OF_MEASURE[figure.measure];
  if (kind)
    return byDay(
      ofType.filter((d) => d.kind === kind && months.has(d.openedOn.slice(0, 7))),
      'openedOn',
    );
  if (figure.measure === 'longest_to_register') {
    const appeals = ofType.filter((d) => d.kind === 'appeal' && months.has(d.openedOn.slice(0, 7)));
    const longest = Math.max(...appeals.map(daysToRegister));
    return byDay(
      appeals.filter((d) => daysToRegister(d) === longest),
      'openedOn',
    );
  }
  const decided = ofType.filter(
    (d) => d.kind === 'appeal' && d.outcome !== null && d.outcomeOn && months.has(d.outcomeOn.slice(0, 7)),
  );
  return byDay(
    figure.measure === 'against_the_council'
      ? decided.filter((d) => OUTCOMES_AGAINST_THE_COUNCIL.includes(d.outcome!))
      : decided,
    'outcomeOn',
  );
}

const byDay = <D extends DisagreementOnRegister>(list: D[], day: 'openedOn' | 'outcomeOn') =>
  list.sort((a, b) => (a[day] ?? '').localeCompare(b[day] ?? '') || a.id.localeCompare(b.id));

/** The middle of the days, or the mean of the two middle ones, to half a day. */
function median(days: readonly number[]): number | null {
  if (!days.length) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Per 1,000, to one decimal place. */
const perThousand = (part: number, whole: number) => Math.round((part / whole) * 10000) / 10;

function figuresOf(
  register: readonly DisagreementOnRegister[],
  tallies: readonly AppealableDecisionTally[],
  period: Pick<DisagreementFigure, 'month' | 'span' | 'decisionType'>,
): DisagreementFigures {
  const count = (measure: DisagreementMeasure) =>
    disagreementsBehind(register, { ...period, measure }).length;
  const months = monthsOf(period);
  const appealableDecisions =
    period.decisionType === 'not_named'
      ? null
      : tallies
          .filter(
            (t) => months.has(t.month) && (!period.decisionType || t.decisionType === period.decisionType),
          )
          .reduce((n, t) => n + t.decisions, 0);
  const registered = disagreementsBehind(register, { ...period, measure: 'appeals' });
  const appealsDecided = count('appeals_decided');
  const againstTheCouncil = count('against_the_council');
  const days = registered.map(daysToRegister);
  return {
    complaints: count('complaints'),
    mediations: count('mediations'),
    appeals: registered.length,
    appealableDecisions,
    appealsPerThousand: appealableDecisions ? perThousand(registered.length, appealableDecisions) : null,
    appealsDecided,
    againstTheCouncil,
    percentAgainstTheCouncil: percentOf(againstTheCouncil, appealsDecided),
    medianDaysToRegister: median(days),
    longestDaysToRegister: days.length ? Math.max(...days) : null,
  };
}

/**
 * The disagreement indicators for the 12 months ending with `month`: for each month and the 12 months to its end,
 * complaints, mediations and appeals opened, appeals per 1,000 appealable decisions, the share of appeals decided
 * against the council, and the time to register an appeal; and the same by decision type for the month asked for.
 * Our reading: an appeal counts in the month it was registered and its outcome in the month it was reached, so the
 * appeals decided in a month are not those registered in it.
 */
export function disagreementIndicators(
  register: readonly DisagreementOnRegister[],
  tallies: readonly AppealableDecisionTally[],
  month: string,
): DisagreementIndicators {
  const months = monthsEnding(month, 12);
  return {
    months,
    byMonth: months.map((m) => ({
      month: m,
      ...figuresOf(register, tallies, { month: m, span: 'month' }),
      rolling: figuresOf(register, tallies, { month: m, span: 'rolling' }),
    })),
    byDecisionType: DISAGREEMENT_DECISION_TYPES.map((decisionType) => ({
      decisionType,
      inMonth: figuresOf(register, tallies, { month, span: 'month', decisionType }),
      rolling: figuresOf(register, tallies, { month, span: 'rolling', decisionType }),
    })),
  };
}
