import {
  DECISION_BREAKDOWNS,
  DECISION_OUTCOMES,
  FIGURE_MEASURES,
  FIGURE_SPANS,
  FIGURES_COUNTED_TODAY,
  type DecisionCounts,
  type DecisionOutcome,
  type FigureMeasure,
  type FigureQuery,
} from '@convene/contracts';
import {
  monthsEnding,
  NEED_AREA_LABELS,
  REQUEST_STAGE_LABELS,
  type NeedArea,
  type RequestStage,
} from '@convene/domain';
import { monthLabel } from '../reports/report-period';

/** The part of the dashboard a figure belongs to: its list of cases opens there. */
export type FigureSection = 'requests' | 'advices' | 'decisions' | 'quality';

const SECTION: Record<FigureMeasure, FigureSection> = {
  received: 'requests',
  refused: 'requests',
  open: 'requests',
  open_over_twenty_weeks: 'requests',
  advices_due: 'advices',
  advices_on_time: 'advices',
  decisions: 'decisions',
  plans_moderated: 'quality',
  plans_meeting_standard: 'quality',
  advices_moderated: 'quality',
  advices_meeting_standard: 'quality',
};

export const sectionOf = (figure: FigureQuery): FigureSection => SECTION[figure.measure];

/** The field of the leadership report's counts each outcome is. */
export const OUTCOME_COUNT: Record<DecisionOutcome, keyof Omit<DecisionCounts, 'refusalRate'>> = {
  agreed_to_assess: 'agreedToAssess',
  refused_to_assess: 'refusedToAssess',
  agreed_to_issue: 'agreedToIssue',
  not_issued: 'notIssued',
};

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  agreed_to_assess: 'Agreed to assess',
  refused_to_assess: 'Refused to assess',
  agreed_to_issue: 'Agreed to issue a plan',
  not_issued: 'Decided not to issue',
};

const OUTCOME_WORDS: Record<DecisionOutcome, string> = {
  agreed_to_assess: 'decisions to assess',
  refused_to_assess: 'refusals to assess',
  agreed_to_issue: 'decisions to issue a plan',
  not_issued: 'decisions not to issue a plan',
};

const ORDER: (keyof FigureQuery)[] = [
  'measure',
  'month',
  'span',
  'stage',
  'agency',
  'adviceKind',
  'outcome',
  'by',
  'key',
];

/** A figure as it is kept in the address (`cases=measure%3Ddecisions%26…`), so the list can be bookmarked. */
export function figureCasesKey(figure: FigureQuery): string {
  return new URLSearchParams(
    ORDER.flatMap((name) => (figure[name] === undefined ? [] : [[name, String(figure[name])]])),
  ).toString();
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null | undefined): value is T =>
  value != null && (values as readonly string[]).includes(value);

/** The figure in the address, or null when there is none or it is not one (the API checks the rest). */
export function figureFromCasesKey(key: unknown): FigureQuery | null {
  if (typeof key !== 'string' || key.length > 600) return null;
  const params = new URLSearchParams(key);
  const measure = params.get('measure');
  if (!oneOf(FIGURE_MEASURES, measure)) return null;
  const figure: FigureQuery = { measure };
  const month = params.get('month');
  if (month !== null) {
    if (!MONTH.test(month)) return null;
    figure.month = month;
  } else if (!FIGURES_COUNTED_TODAY.includes(measure)) return null;
  const span = params.get('span');
  if (span !== null) {
    if (!oneOf(FIGURE_SPANS, span)) return null;
    figure.span = span;
  }
  const outcome = params.get('outcome');
  if (outcome !== null) {
    if (!oneOf(DECISION_OUTCOMES, outcome)) return null;
    figure.outcome = outcome;
  }
  const by = params.get('by');
  if (by !== null) {
    if (!oneOf(DECISION_BREAKDOWNS, by)) return null;
    figure.by = by;
  }
  for (const name of ['stage', 'agency', 'adviceKind', 'key'] as const) {
    const value = params.get(name);
    if (value !== null) figure[name] = value;
  }
  return figure;
}

/** "in March 2026" or "from April 2025 to March 2026". */
function periodWords(figure: FigureQuery): string {
  if (!figure.month) return 'today';
  if (figure.span !== 'rolling') return `in ${monthLabel(figure.month)}`;
  const months = monthsEnding(figure.month, 12);
  return `from ${monthLabel(months[0]!)} to ${monthLabel(months.at(-1)!)}`;
}

const stageLabel = (stage: string) => REQUEST_STAGE_LABELS[stage as RequestStage] ?? stage;
export const needLabel = (need: string) => NEED_AREA_LABELS[need as NeedArea] ?? need;

function breakdownWords(figure: FigureQuery): string {
  if (!figure.by || figure.key === undefined) return '';
  if (figure.by === 'locality') return ` in ${figure.key}`;
  if (figure.by === 'need') return ` where the primary area of need is ${needLabel(figure.key)}`;
  return ` for children at ${figure.key}`;
}

/** What a figure counts, as a phrase: "refusals to assess in March 2026 in Northdale". */
export function figureCaseWords(figure: FigureQuery): string {
  const when = periodWords(figure);
  switch (figure.measure) {
    case 'received':
      return `requests for assessment received ${when}`;
    case 'refused':
      return `requests refused an assessment ${when}`;
    case 'open':
      return figure.stage
        ? `requests open today at the stage ${stageLabel(figure.stage)}`
        : 'requests open today';
    case 'open_over_twenty_weeks':
      return 'requests open today for more than 20 weeks';
    case 'advices_due':
      return `advices from ${figure.agency} due ${when}`;
    case 'advices_on_time':
      return `advices from ${figure.agency} due ${when} and received within 6 weeks`;
    case 'decisions':
      return `${OUTCOME_WORDS[figure.outcome ?? 'agreed_to_assess']} ${when}${breakdownWords(figure)}`;
    case 'plans_moderated':
      return `plans given a moderated grade ${when}`;
    case 'plans_meeting_standard':
      return `plans meeting the standard (moderated Good or Outstanding) ${when}`;
    case 'advices_moderated':
      return `advices from ${figure.agency} given a moderated grade ${when}`;
    case 'advices_meeting_standard':
      return `advices from ${figure.agency} meeting the standard (moderated Good or Outstanding) ${when}`;
  }
}

/** What one row of the list is, singular and plural. */
export function rowNoun(figure: FigureQuery): [string, string] {
  if (figure.measure === 'decisions') return ['decision', 'decisions'];
  if (figure.measure.startsWith('advices')) return ['advice', 'advices'];
  if (figure.measure.startsWith('plans')) return ['plan', 'plans'];
  return ['request', 'requests'];
}

/** The heading of the column giving the day the figure counts a case on; null where that is the day received. */
export function countedOnHeading(figure: FigureQuery): string | null {
  switch (SECTION[figure.measure]) {
    case 'requests':
      return figure.measure === 'received'
        ? null
        : figure.measure === 'refused'
          ? 'Refused'
          : 'Final plan due';
    case 'advices':
      return 'Advice due';
    case 'decisions':
      return 'Decided';
    case 'quality':
      return 'Moderated';
  }
}

/**
 * Where a figure's count links to: this page with the figure in the address. A figure of the monthly return
 * chosen before is put away, so one list is open at a time.
 */
export function casesLocation(query: Record<string, unknown>, figure: FigureQuery) {
  const rest = Object.fromEntries(
    Object.entries(query).filter(([name]) => name !== 'figure' && name !== 'cases'),
  );
  return { query: { ...rest, cases: figureCasesKey(figure) } };
}
