import type { AgencyKind } from '../vocabulary/agencies.js';
import {
  ADVICE_QUALITY_LABELS,
  ADVICE_SOURCES,
  type AdviceQualityCriterion,
  type AdviceSource,
} from '../vocabulary/health-gateway.js';
import type { MeetingKind } from '../vocabulary/meetings.js';
import type { AdviceKind, PanelEvidenceKind } from '../vocabulary/requests.js';
import type { Role } from '../vocabulary/roles.js';

/**
 * An advice gateway: the weekly meeting where one agency's coordinator sends each child's request for advice to the
 * right team of that agency, the teams answer in the room, and the advice is tracked to its 6-week return. The Health
 * Gateway was the first (seed 002); social care mirror it with a Designated Social Care Officer, and a council may
 * run one for educational psychology. One mechanism, told apart by these fields only.
 */
export interface AdviceGateway {
  /** The advice it triages. */
  adviceKind: AdviceKind;
  /** Its part of an API address: `/api/<slug>/advice`. */
  slug: 'health-gateway' | 'social-care-gateway' | 'educational-psychology-gateway';
  /** Its pages in the web client (the Health Gateway keeps the address it had before there were others). */
  page: '/gateway' | '/social-care-gateway' | '/educational-psychology-gateway';
  /** Its weekly meeting. */
  meetingKind: Extract<MeetingKind, 'health_gateway' | 'social_care_gateway' | 'ep_gateway'>;
  /** The teams it triages to are the agencies of this kind. */
  teamKind: AgencyKind;
  /** Who chairs it and runs its tracker. */
  coordinatorRole: Extract<Role, 'dco' | 'dsco' | 'principal_ep'>;
  /** A team's representative: answers in the room, works the team's queue. */
  teamRepRole: Extract<Role, 'health_team_rep' | 'social_care_team_rep' | 'ep_team_rep'>;
  /** The coordinator's short title, as officers say it. */
  coordinatorShort: string;
  /** "health advice", "social care advice": in sentences. */
  adviceWords: string;
  /** "health team", "social care team": in sentences. */
  teamWords: string;
  /** Where a returned advice is kept among the case's evidence. */
  evidenceKind: Extract<PanelEvidenceKind, 'health_advice' | 'social_care_advice' | 'ep_advice'>;
  /** The coordinator's rubric for a returned advice: the same four points, said for the agency. */
  rubric: Readonly<Record<AdviceQualityCriterion, string>>;
  /**
   * Where its requests for advice come from: an EHC needs assessment, and for health the 0–2 pathway's referrals too
   * (a health visitor, community paediatrics).
   */
  sources: readonly AdviceSource[];
}

/** Every gateway a council may run, in the order they are shown. */
export const ADVICE_GATEWAYS: readonly AdviceGateway[] = [
  {
    adviceKind: 'health',
    slug: 'health-gateway',
    page: '/gateway',
    meetingKind: 'health_gateway',
    teamKind: 'health',
    coordinatorRole: 'dco',
    teamRepRole: 'health_team_rep',
    coordinatorShort: 'DCO',
    adviceWords: 'health advice',
    teamWords: 'health team',
    evidenceKind: 'health_advice',
    rubric: ADVICE_QUALITY_LABELS,
    sources: ADVICE_SOURCES,
  },
  {
    adviceKind: 'social_care',
    slug: 'social-care-gateway',
    page: '/social-care-gateway',
    meetingKind: 'social_care_gateway',
    teamKind: 'social_care',
    coordinatorRole: 'dsco',
    teamRepRole: 'social_care_team_rep',
    coordinatorShort: 'DSCO',
    adviceWords: 'social care advice',
    teamWords: 'social care team',
    evidenceKind: 'social_care_advice',
    rubric: {
      ...ADVICE_QUALITY_LABELS,
      describes_needs:
        "Describes the child's social care needs and the family's circumstances clearly, in plain English",
    },
    sources: ['assessment'],
  },
  {
    adviceKind: 'educational_psychology',
    slug: 'educational-psychology-gateway',
    page: '/educational-psychology-gateway',
    meetingKind: 'ep_gateway',
    teamKind: 'ep_service',
    coordinatorRole: 'principal_ep',
    teamRepRole: 'ep_team_rep',
    coordinatorShort: 'Principal EP',
    adviceWords: 'educational psychology advice',
    teamWords: 'educational psychology team',
    evidenceKind: 'ep_advice',
    rubric: {
      ...ADVICE_QUALITY_LABELS,
      describes_needs: 'Describes how the child learns and what they find hard, clearly, in plain English',
    },
    sources: ['assessment'],
  },
];

/** The gateway of an advice kind (every advice kind has one a council may run). */
export function gatewayOfAdvice(kind: AdviceKind): AdviceGateway {
  return ADVICE_GATEWAYS.find((gateway) => gateway.adviceKind === kind)!;
}

/** The gateway a meeting of this kind sits as; undefined for the panels that are not gateways. */
export function gatewayOfMeeting(kind: MeetingKind): AdviceGateway | undefined {
  return ADVICE_GATEWAYS.find((gateway) => gateway.meetingKind === kind);
}

export function gatewayOfSlug(slug: string): AdviceGateway | undefined {
  return ADVICE_GATEWAYS.find((gateway) => gateway.slug === slug);
}

/** Whether the meeting kind is one of the advice gateways. */
export function isGatewayMeeting(kind: MeetingKind): boolean {
  return gatewayOfMeeting(kind) !== undefined;
}

/** Who runs a gateway's tracker and records requests by hand: its coordinator (the DCO, the DSCO…) and administrators. */
export const gatewayRunners = (gateway: AdviceGateway): Role[] => ['admin', gateway.coordinatorRole];

/** Who reads a gateway's figures: its runners, the panels' chairs and the quality reviewers. */
export const gatewayFigureReaders = (gateway: AdviceGateway): Role[] => [
  ...gatewayRunners(gateway),
  'chair',
  'qa_reviewer',
];

/** Every gateway's coordinator role: the DCO, the DSCO, the Principal EP. */
export const GATEWAY_COORDINATOR_ROLES: readonly Role[] = ADVICE_GATEWAYS.map((g) => g.coordinatorRole);

/** Every gateway's team representative role. */
export const GATEWAY_TEAM_REP_ROLES: readonly Role[] = ADVICE_GATEWAYS.map((g) => g.teamRepRole);

/** The advice kinds a council triages through a gateway unless it says otherwise: health and social care. */
export const DEFAULT_GATEWAY_ADVICE: readonly AdviceKind[] = ['health', 'social_care'];

/**
 * The council's setting of which agencies triage through a gateway, read from a list such as
 * `health,social_care,educational_psychology`; the rest are asked directly. Health always triages through its
 * gateway: the DCO's role is statutory guidance (Code of Practice 3.45). Throws on a name that is not an advice kind.
 */
export function gatewayAdviceSetting(setting: string | undefined): readonly AdviceKind[] {
  if (setting === undefined || setting.trim() === '') return DEFAULT_GATEWAY_ADVICE;
  const names = setting
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !ADVICE_GATEWAYS.some((g) => g.adviceKind === name));
  if (unknown.length > 0)
    throw new Error(
      `Unknown advice in the gateway setting: ${unknown.join(', ')} (use ${ADVICE_GATEWAYS.map((g) => g.adviceKind).join(', ')})`,
    );
  return ADVICE_GATEWAYS.map((g) => g.adviceKind).filter((kind) => kind === 'health' || names.includes(kind));
}
