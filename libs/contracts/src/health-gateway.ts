import type {
  AdviceKind,
  AdviceQualityCriterion,
  AdviceResponse,
  AdviceSource,
  TeamResponse,
  TriagePriority,
} from '@convene/domain';

/** A health team the gateway triages to (an agency of kind `health`). */
export interface HealthTeam {
  id: string;
  code: string;
  name: string;
}

/** One team's advice for one child, as the gateway triaged it: shown in the room and on the team's queue. */
export interface TriageAssignment {
  adviceRequestId: string;
  team: { id: string; name: string };
  response: AdviceResponse;
  priority: TriagePriority;
  teamResponse: TeamResponse;
  teamResponseReason: string | null;
  /** How many times it was moved to another team: any move counts against "right team first time". */
  reassignments: number;
  /** 6 weeks from the request for advice (reg 8(1)). */
  dueOn: string;
}

/** A request for health advice on a team's queue or the DCO's tracker. */
export interface HealthAdviceView {
  id: string;
  caseReference: string;
  childId: string;
  requestId: string;
  source: AdviceSource;
  team: { id: string; name: string } | null;
  status: 'awaiting_triage' | 'with_team' | 'returned' | 'cancelled';
  response: AdviceResponse | null;
  priority: TriagePriority | null;
  teamResponse: TeamResponse | null;
  requestedOn: string;
  dueOn: string;
  returnedOn: string | null;
  /** Negative when overdue; null once returned. */
  daysLeft: number | null;
  overdue: boolean;
  /** An accepted reg 8(2) exception applies. */
  exceptionCase: boolean;
  lastChasedAt: string | null;
  reassignments: number;
  quality: {
    criteria: Record<AdviceQualityCriterion, boolean>;
    meetsStandard: boolean;
    note: string | null;
  } | null;
  /** The returned advice document, in the case's evidence. */
  evidenceId: string | null;
}

export interface RecordHealthAdviceRequest {
  /** The child's request for assessment the advice is for. */
  requestId: string;
  source: AdviceSource;
  requestedOn: string;
}

export interface RateAdviceQuality {
  criteria: Record<AdviceQualityCriterion, boolean>;
  note?: string;
}

export interface TimelinessRow {
  key: string;
  due: number;
  onTime: number;
  /** % returned within 6 weeks, one decimal; null when none were due. */
  percent: number | null;
}

/** The DCO's figures for a period (advices by the month they were due). */
export interface HealthGatewayFigures {
  from: string;
  to: string;
  /** Every advice due in the period. */
  withExceptions: { total: TimelinessRow; byTeam: TimelinessRow[]; byMonth: TimelinessRow[] };
  /** Leaving out advices with an accepted reg 8(2) exception. */
  withoutExceptions: { total: TimelinessRow; byTeam: TimelinessRow[]; byMonth: TimelinessRow[] };
  /** Advices triaged in the period that were never moved to another team. */
  rightTeamFirstTime: { triaged: number; firstTime: number; percent: number | null };
  /** Open requests today, by weeks since the request for advice. */
  openByAge: { band: string; count: number }[];
  qualityMeetsStandard: { rated: number; meeting: number; percent: number | null };
}

/**
 * The advice gateways the council runs (`GET /api/advice-gateways`): each agency whose advice is triaged at a weekly
 * gateway, in libs/domain's order; the agencies not named are asked for their advice directly. Each gateway's routes
 * are the Health Gateway's under its own slug (`/api/social-care-gateway/advice`, …).
 */
export interface AdviceGatewaysView {
  adviceKinds: AdviceKind[];
}
