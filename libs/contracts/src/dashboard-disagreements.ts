import type {
  AppealableDecision,
  DisagreementDecisionType,
  DisagreementIndicators,
  DisagreementKind,
  DisagreementMeasure,
} from '@convene/domain';

/** The disagreement indicators for the 12 months to the month asked for (issue #28). */
export type DisagreementIndicatorsReport = DisagreementIndicators;

export type { DisagreementMeasure };

/** One disagreement behind a figure: the case reference, the decision challenged and the dates, never the child's name. */
export interface DisagreementIndicatorCase {
  disagreementId: string;
  childId: string;
  caseReference: string;
  kind: DisagreementKind;
  appealableDecision: AppealableDecision | null;
  decisionType: DisagreementDecisionType;
  decisionNotifiedOn: string;
  /** The complaint received, the mediation adviser contacted, or the appeal registered. */
  openedOn: string;
  /** For an appeal: days from the decision's notice to the appeal registered. */
  daysToRegister: number | null;
  outcome: string | null;
  outcomeOn: string | null;
  /** Conceded, or upheld in whole or in part. */
  againstTheCouncil: boolean;
}
