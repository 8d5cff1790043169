import type { DisagreementIndicatorCase, DisagreementIndicatorsReport } from '@convene/contracts';
import type { DisagreementFigure } from '@convene/domain';
import { getJson } from './http';

export type { DisagreementIndicatorCase, DisagreementIndicatorsReport };

/** Complaints, mediations and appeals for the 12 months to `month` (YYYY-MM). */
export const getDisagreementIndicators = (month: string) =>
  getJson<DisagreementIndicatorsReport>(`/api/dashboard/disagreements?${new URLSearchParams({ month })}`);

/** The disagreements behind one figure. */
export function getDisagreementCases(figure: DisagreementFigure): Promise<DisagreementIndicatorCase[]> {
  const query = new URLSearchParams({ month: figure.month, span: figure.span, measure: figure.measure });
  if (figure.decisionType) query.set('decisionType', figure.decisionType);
  return getJson<DisagreementIndicatorCase[]>(`/api/dashboard/disagreements/cases?${query}`);
}
