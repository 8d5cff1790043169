import {
  DISAGREEMENT_DECISION_TYPES,
  DISAGREEMENT_DECISION_TYPE_LABELS,
  DISAGREEMENT_MEASURES,
  YEAR_MONTH,
  type DisagreementDecisionType,
  type DisagreementFigure,
  type DisagreementFigures,
  type DisagreementMeasure,
} from '@convene/domain';
import { percentText } from '../reports/figure-words';
import { monthLabel } from '../reports/report-period';

/** The figure in the address, so its list can be bookmarked: "2026-10:rolling:appeals:refusal_to_assess". */
export const disagreementFigureKey = (f: DisagreementFigure) =>
  [f.month, f.span, f.measure, f.decisionType].filter(Boolean).join(':');

export function disagreementFigureFromKey(key: unknown): DisagreementFigure | null {
  if (typeof key !== 'string') return null;
  const [month, span, measure, decisionType, ...rest] = key.split(':');
  if (rest.length || !month || !YEAR_MONTH.test(month)) return null;
  if (span !== 'month' && span !== 'rolling') return null;
  if (!DISAGREEMENT_MEASURES.includes(measure as DisagreementMeasure)) return null;
  if (
    decisionType !== undefined &&
    !DISAGREEMENT_DECISION_TYPES.includes(decisionType as DisagreementDecisionType)
  )
    return null;
  return {
    month,
    span,
    measure: measure as DisagreementMeasure,
    ...(decisionType ? { decisionType: decisionType as DisagreementDecisionType } : {}),
  };
}

const MEASURE_WORDS: Record<DisagreementMeasure, string> = {
  complaints: 'complaints received',
  mediations: 'mediations begun',
  appeals: 'appeals registered',
  appeals_decided: 'appeals decided',
  against_the_council: 'appeals decided against the council',
  longest_to_register: 'appeals that took longest to register',
};

/** "appeals registered in the 12 months to October 2026, refusal to assess" */
export function disagreementFigureWords(f: DisagreementFigure): string {
  const period =
    f.span === 'month' ? `in ${monthLabel(f.month)}` : `in the 12 months to ${monthLabel(f.month)}`;
  const type = f.decisionType ? `, ${DISAGREEMENT_DECISION_TYPE_LABELS[f.decisionType].toLowerCase()}` : '';
  return `${MEASURE_WORDS[f.measure]} ${period}${type}`;
}

/** "24.0", or a dash where no appealable decision was made. */
const perThousandText = (rate: number | null) => (rate === null ? '—' : rate.toFixed(1));

/** "43.5", "46", or a dash where there is nothing to count (no appeal registered, no decisions for the type). */
const numberOrDash = (value: number | null) => (value === null ? '—' : String(value));

/** One row of a table of disagreement figures: a month, or a decision type. */
export interface DisagreementRow {
  key: string;
  /** What the row heading shows; `spoken`, if given, is what a screen reader hears instead (a month in full). */
  label: string;
  spoken?: string;
  figures: DisagreementFigures;
  figure: Omit<DisagreementFigure, 'measure'>;
}

/**
 * A column of a table of disagreement figures: a count of disagreements (linked to those behind it, `measure`) or a
 * figure read from them (the rate, the share, the days), in words where there is none.
 */
export interface DisagreementColumn {
  label: string;
  value: (f: DisagreementFigures) => number | null;
  measure?: DisagreementMeasure;
  /** What a linked number counts in, for a screen reader ("days"). */
  unit?: string;
  text?: (f: DisagreementFigures) => string;
}

export const DISAGREEMENT_COLUMNS: Readonly<Record<'opened' | 'decided', readonly DisagreementColumn[]>> = {
  opened: [
    { label: 'Complaints', value: (f) => f.complaints, measure: 'complaints' },
    { label: 'Mediations', value: (f) => f.mediations, measure: 'mediations' },
    { label: 'Appeals', value: (f) => f.appeals, measure: 'appeals' },
    {
      label: 'Appealable decisions',
      value: (f) => f.appealableDecisions,
      text: (f) => numberOrDash(f.appealableDecisions),
    },
    {
      label: 'Appeals per 1,000',
      value: (f) => f.appealsPerThousand,
      text: (f) => perThousandText(f.appealsPerThousand),
    },
  ],
  decided: [
    { label: 'Appeals decided', value: (f) => f.appealsDecided, measure: 'appeals_decided' },
    { label: 'Against the council', value: (f) => f.againstTheCouncil, measure: 'against_the_council' },
    {
      label: '% against',
      value: (f) => f.percentAgainstTheCouncil,
      text: (f) => percentText(f.percentAgainstTheCouncil, '—'),
    },
    {
      label: 'Days to register: median',
      value: (f) => f.medianDaysToRegister,
      text: (f) => numberOrDash(f.medianDaysToRegister),
    },
    {
      label: 'Days: longest',
      value: (f) => f.longestDaysToRegister,
      measure: 'longest_to_register',
      unit: 'days',
      text: () => '—',
    },
  ],
};
