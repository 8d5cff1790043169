import type {
  DecisionsToAssessReport,
  DecisionToAssessCase,
  DecisionToAssessMeasure,
  FigureSpan,
  TransferYearGroupCase,
  TransferYearGroupMeasure,
  TransferYearGroupsReport,
} from '@convene/contracts';
import { getJson } from './http';

export type {
  DecisionsToAssessReport,
  DecisionToAssessCase,
  DecisionToAssessMeasure,
  TransferYearGroupCase,
  TransferYearGroupMeasure,
  TransferYearGroupsReport,
};

/** Decisions whether to assess within 6 weeks, for the `months` months ending with `month` (YYYY-MM). */
export const getDecisionsToAssess = (month: string, months = 12) =>
  getJson<DecisionsToAssessReport>(
    `/api/dashboard/decisions-to-assess?${new URLSearchParams({ month, months: String(months) })}`,
  );

/** The decisions behind a figure. */
export const getDecisionToAssessCases = (figure: {
  month: string;
  span: FigureSpan;
  measure: DecisionToAssessMeasure;
  exceptions: 'include' | 'exclude';
}) =>
  getJson<DecisionToAssessCase[]>(`/api/dashboard/decisions-to-assess/cases?${new URLSearchParams(figure)}`);

/** Phase transfers of a year amended by their deadline, by year group. */
export const getTransferYearGroups = (year: number) =>
  getJson<TransferYearGroupsReport>(
    `/api/dashboard/phase-transfers/year-groups?${new URLSearchParams({ year: String(year) })}`,
  );

/** The transfers behind a year group's figure. */
export const getTransferYearGroupCases = (figure: {
  year: number;
  yearGroup: number;
  measure: TransferYearGroupMeasure;
}) =>
  getJson<TransferYearGroupCase[]>(
    `/api/dashboard/phase-transfers/year-groups/cases?${new URLSearchParams({
      year: String(figure.year),
      yearGroup: String(figure.yearGroup),
      measure: figure.measure,
    })}`,
  );
