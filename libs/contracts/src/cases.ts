import type {
  AgendaItemKind,
  NeedArea,
  RequestSource,
  RequestStage,
  StatutoryExceptionKind,
  ExceptionRegulation,
  VulnerabilityMarker,
} from '@convene/domain';

export interface PersonRef {
  id: string;
  displayName: string;
}

/** Where an open request stands against its next statutory limit: the badge on every caseload row. */
export interface ClockBadge {
  /** What is due next: `decision_to_assess`, `decision_to_issue_or_not`, `final_plan`. */
  milestone: string;
  label: string;
  dueOn: string;
  /** Negative when overdue. */
  daysLeft: number;
  status: 'on_track' | 'due_soon' | 'overdue';
  /** Week of the path, counting the week received as week 1. */
  week: number;
  /** The statutory length of the path: 20 weeks. */
  ofWeeks: number;
}

export interface CaseRequestSummary {
  id: string;
  stage: RequestStage;
  receivedOn: string;
  source: RequestSource;
}

/** One row of the caseload. `name` and `dateOfBirth` are null for roles that may not see them. */
export interface CaseSummary {
  childId: string;
  caseReference: string;
  name: { given: string; family: string } | null;
  dateOfBirth: string | null;
  yearGroup: number;
  settingName: string | null;
  locality: { code: string; name: string };
  familyLinkOfficer: PersonRef | null;
  primaryNeed: NeedArea;
  vulnerabilityMarkers: VulnerabilityMarker[];
  vulnerabilityScore: number;
  request: CaseRequestSummary | null;
  clock: ClockBadge | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const CASE_SORTS = ['urgency', 'received', 'reference'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface RequestStep {
  stage: RequestStage;
  occurredOn: string;
  recordedBy: PersonRef | null;
  recordedAt: string;
  note: string | null;
}

export interface StatutoryExceptionView {
  id: string;
  regulation: ExceptionRegulation;
  kind: StatutoryExceptionKind;
  startsOn: string;
  /** The last day of the absence or closure. */
  endsOn: string | null;
  adviceAskedOn: string | null;
  adviceRequestId: string | null;
  note: string | null;
  /**
   * Why the statutory clock does not allow it, or null when it does: one it does not allow excuses no time limit,
   * on the case page or in the monthly return.
   */
  notAllowedBecause: string | null;
}

export interface AdviceRequestView {
  id: string;
  adviceKind: 'health' | 'educational_psychology' | 'social_care';
  agency: { id: string; name: string } | null;
  requestedOn: string;
  dueOn: string;
  returnedOn: string | null;
  status: 'awaiting_triage' | 'with_team' | 'returned' | 'cancelled';
}

export interface CaseRequestDetail extends CaseRequestSummary {
  decisionToAssessOn: string | null;
  decisionToIssueOn: string | null;
  draftIssuedOn: string | null;
  finalIssuedOn: string | null;
  closedOn: string | null;
  steps: RequestStep[];
  exceptions: StatutoryExceptionView[];
  adviceRequests: AdviceRequestView[];
  clock: ClockBadge | null;
  /** Every milestone of the path, from the statutory clock. */
  statutoryClock: RequestClockView;
}

export interface CaseDetail extends Omit<CaseSummary, 'request' | 'clock'> {
  requests: CaseRequestDetail[];
}

export interface RecordTransitionRequest {
  to: RequestStage;
  occurredOn: string;
  note?: string;
}

export interface RecordExceptionRequest {
  regulation: ExceptionRegulation;
  kind: StatutoryExceptionKind;
  startsOn: string;
  /** The last day of the absence or closure (included). */
  endsOn?: string;
  /** For a closure (reg 5(4)(a), 10(4)(a) or (b)): the day the school or early years provider was asked for its advice. */
  adviceAskedOn?: string;
  adviceRequestId?: string;
  note?: string;
}

export interface LocalityView {
  code: string;
  name: string;
  isVulnerablePupilsTeam: boolean;
  /** Retired: its children keep it, but it is not offered for new cases. */
  retired: boolean;
}

/** A locality as the administrator manages it: its Family Link Officers and how many children it has. */
export interface ManagedLocality extends LocalityView {
  id: string;
  familyLinkOfficers: { id: string; displayName: string }[];
  /** Children recorded in it: a locality with any is retired, never deleted. */
  children: number;
}

/** One milestone of a request's statutory path, as the case page shows it. */
export interface MilestoneView {
  milestone: string;
  label: string;
  /** "reg 5(1)", or null for a target of the council's own. */
  regulation: string | null;
  statutoryDeadline: string | null;
  localTarget: string | null;
  dueOn: string;
  completedOn: string | null;
  status: 'completed_on_time' | 'completed_late' | 'open_on_track' | 'due_soon' | 'overdue';
  daysLeft: number | null;
  daysOverdue: number | null;
  /** An accepted exception applies: reported apart, not simply as late. */
  exceptionCase: boolean;
  /** For an advice: the team asked. */
  agency: string | null;
}

export interface RequestClockView {
  weekLabel: string;
  state: 'open' | 'plan_issued' | 'stopped';
  exceptionCase: boolean;
  milestones: MilestoneView[];
  /** Exceptions recorded that the Regulations do not allow here, with why. */
  rejectedExceptions: { kind: string; regulation: string; reason: string }[];
  warnings: string[];
}

export interface DecisionCounts {
  agreedToAssess: number;
  refusedToAssess: number;
  agreedToIssue: number;
  notIssued: number;
  /** % of decisions whether to assess that refused, one decimal; null when there were none. */
  refusalRate: number | null;
}

/** The leadership report of Decision-Making Group decisions for a period. */
export interface DecisionReport {
  from: string;
  to: string;
  total: DecisionCounts;
  byMonth: (DecisionCounts & { key: string })[];
  byLocality: (DecisionCounts & { key: string })[];
  byNeed: (DecisionCounts & { key: string })[];
  /** The 20 schools or settings with the most decisions whether to assess. */
  bySetting: (DecisionCounts & { key: string })[];
}

/**
 * A decision a panel took, or put off, on one of a child's requests: the case's history as the room
 * shows it beside the item under discussion. Newest first.
 */
export interface PanelDecision {
  /** The agenda item the decision was taken on, or the decision taken under delegation. */
  itemId: string;
  /** Null for a decision taken alone under the scheme of delegation. */
  meetingId: string | null;
  meetingTitle: string | null;
  /** Who took it alone under the scheme of delegation; null for a panel's decision. */
  decidedUnderDelegationBy: string | null;
  /** The day the meeting sat (or the decision was taken under delegation), in England (YYYY-MM-DD). */
  heldOn: string;
  kind: AgendaItemKind;
  status: 'decided' | 'deferred';
  /** The decision recorded by the chair; null when the item was deferred. */
  outcome: string | null;
  reasons: string | null;
  conditions: string | null;
  deferredReason: string | null;
}
