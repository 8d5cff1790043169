import type { DecisionReport } from './cases.js';
import type { QualityRow } from './quality.js';

/**
 * The service dashboard's decisions and quality figures, and the cases behind any figure on it. A figure is
 * counted in one month (`span: 'month'`) or in the 12 months to that month's end (`span: 'rolling'`); the
 * open requests are counted today, whatever the month.
 */

/** Which figure's cases to list. */
export const FIGURE_MEASURES = [
  /** Requests for assessment received. */
  'received',
  /** Requests refused an assessment (dated by the decision to assess). */
  'refused',
  /** Requests open today; with `stage`, only those at that stage. */
  'open',
  /** Requests open today more than 20 weeks after they were received. */
  'open_over_twenty_weeks',
  /** Advices due (6 weeks after they were asked for) and returned or past their deadline, of one agency. */
  'advices_due',
  /** Of those, the ones returned by their deadline day. */
  'advices_on_time',
  /** Decision-Making Group decisions with one `outcome`; with `by` and `key`, only those of one locality, need or setting. */
  'decisions',
  /** Sampled plans given a moderated grade by the Quality and Compliance Group. */
  'plans_moderated',
  /** Of those, the ones graded Good or Outstanding. */
  'plans_meeting_standard',
  /** Advices of one agency given a moderated (audited) grade. */
  'advices_moderated',
  /** Of those, the ones graded Good or Outstanding. */
  'advices_meeting_standard',
] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

/** The measures counted today rather than in a month. */
export const FIGURES_COUNTED_TODAY: readonly FigureMeasure[] = ['open', 'open_over_twenty_weeks'];

export const FIGURE_SPANS = ['month', 'rolling'] as const;
export type FigureSpan = (typeof FIGURE_SPANS)[number];

/** The four outcomes of a decision, as the leadership report counts them. */
export const DECISION_OUTCOMES = [
  'agreed_to_assess',
  'refused_to_assess',
  'agreed_to_issue',
  'not_issued',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The breakdowns of decisions a figure can be one row of. */
export const DECISION_BREAKDOWNS = ['locality', 'need', 'setting'] as const;
export type DecisionBreakdown = (typeof DECISION_BREAKDOWNS)[number];

/** A figure on the dashboard, as the query of GET /api/dashboard/cases. */
export interface FigureQuery {
  measure: FigureMeasure;
  /** YYYY-MM; not needed for the figures counted today. */
  month?: string;
  /** `month` if left out. */
  span?: FigureSpan;
  /** For `open`: one open stage of the path. */
  stage?: string;
  /** For the advice figures: the agency's name, as the figure names it. */
  agency?: string;
  /** For `advices_due` and `advices_on_time`: the kind of advice. */
  adviceKind?: string;
  /** For `decisions`. */
  outcome?: DecisionOutcome;
  /** For `decisions`: the breakdown the figure is a row of, and the row's key (a locality's name, a need, a setting). */
  by?: DecisionBreakdown;
  key?: string;
}

/** One case behind a figure: a reference and dates, never a name. One row per thing counted (an advice, a decision). */
export interface FigureCase {
  childId: string;
  caseReference: string;
  /** When the request for assessment was received. */
  receivedOn: string;
  /**
   * The day the figure counts it on: received, refused, decided, the day advice fell due, the day the Quality
   * group sat; for open requests, the day the final plan is due (20 weeks).
   */
  countedOn: string;
  /** The stage of the path today (open requests). */
  stage?: string;
  /** When the advice came back; null while it is still out. */
  returnedOn?: string | null;
  /** The moderated grade. */
  grade?: string;
  /** The agency that gave the advice. */
  agency?: string;
}

/** The cases behind a figure, with the days it counts (both included; null for the figures counted today). */
export interface FigureCaseList {
  measure: FigureMeasure;
  from: string | null;
  to: string | null;
  cases: FigureCase[];
}

/** Decisions in the month asked for and in the 12 months to its end, as the leadership report gives them. */
export interface DashboardDecisions {
  month: string;
  /** The 12 months to the end of `month`, oldest first. */
  months: string[];
  inMonth: DecisionReport;
  rolling: DecisionReport;
}

/** Plans and advices meeting the standard (a moderated grade of Good or Outstanding), in the month and the 12 months to its end. */
export interface DashboardQuality {
  month: string;
  months: string[];
  plans: {
    inMonth: QualityRow;
    rolling: QualityRow;
    /** Every one of the 12 months, with zeros where none were moderated. */
    byMonth: QualityRow[];
  };
  /** Every agency with an advice moderated in the 12 months. */
  advicesByAgency: { agency: string; inMonth: QualityRow; rolling: QualityRow }[];
}
