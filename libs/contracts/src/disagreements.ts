import type {
  AppealableDecision,
  ComplaintStage,
  DisagreementClock,
  DisagreementKind,
  TribunalOrderKind,
} from '@convene/domain';
import type { PersonRef } from './cases.js';
import type { EvidenceItemSummary } from './evidence.js';

/** A family's challenge recorded on the case: a complaint, mediation or an appeal. */
export interface OpenDisagreement {
  kind: DisagreementKind;
  /** What was decided that the family challenges (required for mediation and an appeal). */
  appealableDecision?: AppealableDecision;
  /** The panel's decision in Convene (an agenda item of this child's case), where it was taken here. */
  decisionItemId?: string;
  /** The day written notice of the decision was sent to the family (YYYY-MM-DD). */
  decisionNotifiedOn: string;
  /** The complaint received, the mediation adviser contacted, or the appeal registered (YYYY-MM-DD). */
  openedOn: string;
  summary: string;
  complaintStage?: ComplaintStage;
}

/** A step of a disagreement as it happens: each date given is recorded (and may be corrected); the rest stay. */
export interface RecordDisagreementStep {
  complaintStage?: ComplaintStage;
  mediationDeclinedOn?: string;
  mediationRequestedOn?: string;
  mediationHeldOn?: string;
  certificateIssuedOn?: string;
  appealSentToCouncilOn?: string;
  responseSentOn?: string;
  hearingOn?: string;
  /** How it ended, with outcomeOn: the kind's outcomes (e.g. conceded, upheld, dismissed for an appeal). */
  outcome?: string;
  outcomeOn?: string;
  /** What the council must now do, and from when: ordered, conceded (unopposed) or agreed at mediation. */
  order?: { kind: TribunalOrderKind; on: string; source: 'order' | 'mediation_agreement' | 'unopposed' };
}

export interface DisagreementView {
  id: string;
  childId: string;
  kind: DisagreementKind;
  appealableDecision: AppealableDecision | null;
  decisionItemId: string | null;
  decisionNotifiedOn: string;
  openedOn: string;
  summary: string;
  complaintStage: ComplaintStage | null;
  mediationDeclinedOn: string | null;
  mediationRequestedOn: string | null;
  mediationHeldOn: string | null;
  certificateIssuedOn: string | null;
  appealSentToCouncilOn: string | null;
  responseSentOn: string | null;
  hearingOn: string | null;
  outcome: string | null;
  outcomeOn: string | null;
  order: {
    kind: TribunalOrderKind;
    on: string;
    source: 'order' | 'mediation_agreement' | 'unopposed';
  } | null;
  /** Every time limit it has run into, with whose step it is and whether it was met. */
  clocks: DisagreementClock[];
  /** The family's letters and the mediation or Tribunal papers filed on it, newest first (never the files). */
  documents: EvidenceItemSummary[];
  recordedBy: PersonRef;
}
