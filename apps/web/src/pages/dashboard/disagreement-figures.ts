import {
  DISAGREEMENT_DECISION_TYPES,
  DISAGREEMENT_DECISION_TYPE_LABELS,
  DISAGREEMENT_MEASURES,
  type DisagreementDecisionType,
  type DisagreementFigure,
  type DisagreementFigures,
  type DisagreementMeasure,
} from '@convene/domain';
import { monthLabel } from '../reports/report-period';

/** The figure in the address, so its list can be bookmarked: "2026-10:rolling:appeals:refusal_to_assess". */
export const disagreementFigureKey = (f: DisagreementFigure) =>
  [f.month, f.span, f.measure, f.decisionType].filter(Boolean).join(':');

export function disagreementFigureFromKey(key: unknown): DisagreementFigure | null {
  if (typeof key !== 'string') return null;
  const [month, span, measure, decisionType, ...rest] = key.split(':');
  if (rest.length || !month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
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
export const perThousandText = (rate: number | null) => (rate === null ? '—' : rate.toFixed(1));

/** "43.5", "46", or a dash where no appeal was registered. */
export const daysText = (days: number | null) => (days === null ? '—' : String(days));

/** One row of a table of disagreement figures: a month, or a decision type. */
export interface DisagreementRow {
  key: string;
  /** What the row heading shows; `spoken`, if given, is what a screen reader hears instead (a month in full). */
  label: string;
  spoken?: string;
  figures: DisagreementFigures;
  figure: Omit<DisagreementFigure, 'measure'>;
}
