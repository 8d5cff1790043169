import {
  ADVICE_GATEWAYS,
  GATEWAY_COORDINATOR_ROLES,
  GATEWAY_TEAM_REP_ROLES,
  gatewayFigureReaders,
  gatewayRunners,
  YOU_SAID_WE_DID_WRITERS,
  type AdviceGateway,
  type Role,
} from '@convene/domain';

/**
 * Who may call a route: anyone; any member of staff signed in (`signed_in`: never a family account); anyone signed
 * in, family accounts included (`anyone_signed_in`: who am I, sign out); or only these roles.
 */
export type Access = 'public' | 'signed_in' | 'anyone_signed_in' | readonly Role[];

/** What names the case a per-case write touches: a route parameter (or, for a new record, a body field). */
export type CaseKey = 'childId' | 'requestId' | 'reviewId' | 'transferId' | 'adviceId';

/**
 * Who may write to one child's case. The roles in `anyCase` write to every case the row lets them reach (a
 * SEND manager, an administrator, the DCO for health advice); every other role the row allows writes only to a
 * case it owns: a Family Link Officer to the children allocated to them, a health team representative to the
 * cases (or the advice) triaged to their team. Any other role owns no case and is refused.
 */
export interface CaseOwnership {
  key: CaseKey;
  anyCase: readonly Role[];
}

export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as Express knows it, with its parameters: `/api/cases/:caseId`. */
  path: string;
  access: Access;
  /** For a write to one child's case: whose case it must be (applied by CaseOwnershipGuard). */
  owner?: CaseOwnership;
}

const STAFF_WITH_CASES: readonly Role[] = [
  'admin',
  'chair',
  'panel_member',
  'presenter',
  ...GATEWAY_COORDINATOR_ROLES,
  ...GATEWAY_TEAM_REP_ROLES,
  'qa_reviewer',
];
/** Who reads the service dashboard: the service's managers, panel members, quality reviewers, the gateways' coordinators. */
const DASHBOARD_READERS: readonly Role[] = [
  'admin',
  'chair',
  'panel_member',
  'qa_reviewer',
  ...GATEWAY_COORDINATOR_ROLES,
];
/** Who sits at the Weekly Orders: the service's managers and the Family Link Officers (the sitting decides the rest). */
const WEEKLY_ORDERS_READERS: readonly Role[] = ['admin', 'chair', 'panel_member', 'presenter'];
/** A write to a child's case by their Family Link Officer, or by a SEND manager (chair) or administrator on any case. */
const CASE_OFFICER = (key: CaseKey): CaseOwnership => ({ key, anyCase: ['admin', 'chair'] });
/**
 * Each advice gateway's routes between sittings (`/api/health-gateway/…`, `/api/social-care-gateway/…`): its
 * coordinator (the DCO, the DSCO…) runs the tracker; a team's representative works their team's queue; a write to an
 * advice is by the team it was sent to, or by the coordinator or an administrator on any of the gateway's advice.
 */
function gatewayRows(gateway: AdviceGateway): MatrixRow[] {
  const api = `/api/${gateway.slug}`;
  const coordinator = gatewayRunners(gateway);
  const team: Role[] = [...coordinator, gateway.teamRepRole];
  const owner: CaseOwnership = { key: 'adviceId', anyCase: coordinator };
  return [
    { method: 'GET', path: `${api}/teams`, access: 'signed_in' },
    { method: 'GET', path: `${api}/advice`, access: [...team, 'chair'] },
    {
      method: 'POST',
      path: `${api}/advice`,
      access: coordinator,
      owner: { key: 'requestId', anyCase: coordinator },
    },
    { method: 'POST', path: `${api}/advice/:adviceId/return`, access: team, owner },
    { method: 'POST', path: `${api}/advice/:adviceId/quality`, access: coordinator, owner },
    { method: 'POST', path: `${api}/advice/:adviceId/chase`, access: coordinator, owner },
    { method: 'POST', path: `${api}/advice/:adviceId/actions`, access: team, owner },
    { method: 'GET', path: `${api}/figures`, access: gatewayFigureReaders(gateway) },
  ];
}

/**
 * Every REST route and who may call it. A route missing here is refused to everyone (and the
 * matrix test fails), so a new route cannot ship open by accident. A write to one child's case names its
 * owner (`owner`): CaseOwnershipGuard refuses anyone else. Finer rules (meeting membership, what a health team
 * sees, personal fields) are applied by the services on top of this.
 */
export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  { method: 'GET', path: '/api/health', access: 'public' },
  { method: 'POST', path: '/api/auth/sign-in', access: 'public' },
  { method: 'POST', path: '/api/auth/sign-out', access: 'anyone_signed_in' },
  { method: 'GET', path: '/api/auth/me', access: 'anyone_signed_in' },
  // Families sign in with a one-time link sent to the address the council holds for them.
  { method: 'POST', path: '/api/auth/family/link', access: 'public' },
  { method: 'POST', path: '/api/auth/family/link/redeem', access: 'public' },
  // …or through the council's residents' identity provider, when it is set up (FAMILY_OIDC_*).
  { method: 'GET', path: '/api/auth/family/oidc', access: 'public' },
  { method: 'GET', path: '/api/auth/family/oidc/start', access: 'public' },
  { method: 'GET', path: '/api/auth/family/oidc/callback', access: 'public' },
  { method: 'GET', path: '/api/auth/two-step', access: 'signed_in' },
  { method: 'POST', path: '/api/auth/two-step/enrolment', access: 'signed_in' },
  { method: 'POST', path: '/api/auth/two-step/enrolment/confirm', access: 'signed_in' },
  { method: 'POST', path: '/api/auth/two-step/disable', access: 'signed_in' },
  { method: 'GET', path: '/api/auth/oidc', access: 'public' },
  { method: 'GET', path: '/api/auth/oidc/start', access: 'public' },
  { method: 'GET', path: '/api/auth/oidc/callback', access: 'public' },

  // Meetings: anyone signed in may list their own; membership is checked per meeting.
  { method: 'GET', path: '/api/meetings', access: 'signed_in' },
  { method: 'POST', path: '/api/meetings', access: ['admin', 'chair', ...GATEWAY_COORDINATOR_ROLES] },
  { method: 'POST', path: '/api/meetings/:meetingId/agenda/build', access: ['admin', 'chair'] },
  { method: 'GET', path: '/api/meetings/:meetingId', access: 'signed_in' },
  // One person invited to one meeting: an administrator or that meeting's chair (checked by the service).
  {
    method: 'GET',
    path: '/api/meetings/:meetingId/members/invitable',
    access: ['admin', 'chair', ...GATEWAY_COORDINATOR_ROLES],
  },
  {
    method: 'POST',
    path: '/api/meetings/:meetingId/members',
    access: ['admin', 'chair', ...GATEWAY_COORDINATOR_ROLES],
  },
  { method: 'GET', path: '/api/meetings/:meetingId/minutes', access: 'signed_in' },
  { method: 'GET', path: '/api/meetings/:meetingId/minutes.csv', access: 'signed_in' },
  { method: 'GET', path: '/api/meetings/:meetingId/minutes.pdf', access: 'signed_in' },
  {
    method: 'GET',
    path: '/api/meetings/:meetingId/items/:itemId/outcome-letter.pdf',
    access: ['admin', 'chair', 'presenter'],
  },
  // Decisions in writing between sittings: the group's chair puts a case (checked by the service against the group),
  // its members vote from their page; the engine checks each step as in the room (membership, chair, deadline).
  { method: 'GET', path: '/api/written-procedures/groups', access: 'signed_in' },
  { method: 'GET', path: '/api/written-procedures', access: 'signed_in' },
  { method: 'POST', path: '/api/written-procedures', access: 'signed_in' },
  { method: 'POST', path: '/api/written-procedures/:meetingId/votes', access: 'signed_in' },
  { method: 'POST', path: '/api/written-procedures/:meetingId/reveal', access: 'signed_in' },
  { method: 'POST', path: '/api/written-procedures/:meetingId/outcome', access: 'signed_in' },
  { method: 'GET', path: '/api/meetings/:meetingId/written-decisions', access: 'signed_in' },

  // Administration: admins only.
  { method: 'GET', path: '/api/admin/users', access: ['admin'] },
  { method: 'POST', path: '/api/admin/users', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/users/:userId', access: ['admin'] },
  { method: 'POST', path: '/api/admin/users/:userId/two-step/reset', access: ['admin'] },
  { method: 'GET', path: '/api/admin/agencies', access: ['admin'] },
  { method: 'POST', path: '/api/admin/agencies', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/agencies/:agencyId', access: ['admin'] },
  { method: 'DELETE', path: '/api/admin/agencies/:agencyId', access: ['admin'] },
  { method: 'GET', path: '/api/admin/localities', access: ['admin'] },
  { method: 'POST', path: '/api/admin/localities', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/localities/:localityId', access: ['admin'] },
  { method: 'DELETE', path: '/api/admin/localities/:localityId', access: ['admin'] },
  { method: 'GET', path: '/api/admin/meeting-groups', access: ['admin'] },
  { method: 'POST', path: '/api/admin/meeting-groups', access: ['admin'] },
  { method: 'PUT', path: '/api/admin/meeting-groups/:groupId/members/:userId', access: ['admin'] },
  { method: 'DELETE', path: '/api/admin/meeting-groups/:groupId/members/:userId', access: ['admin'] },

  { method: 'POST', path: '/api/admin/threshold-criteria', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/threshold-criteria/:criterionId', access: ['admin'] },
  { method: 'GET', path: '/api/threshold-criteria', access: 'signed_in' },
  // Calendar feeds for Outlook: the feed itself is reached by its secret address, not a session.
  { method: 'POST', path: '/api/calendar/feed', access: 'signed_in' },
  { method: 'GET', path: '/api/calendar/:file', access: 'public' },
  // The service dashboard.
  {
    method: 'GET',
    path: '/api/dashboard/timeliness',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/timeliness/cases',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/annual-reviews',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/annual-reviews/cases',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/phase-transfers/cases',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/decisions-to-assess',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/decisions-to-assess/cases',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/phase-transfers/year-groups',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/phase-transfers/year-groups/cases',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/decisions',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/quality',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/cases',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/overdue-actions',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/overdue-actions/:agencyId',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/disagreements',
    access: DASHBOARD_READERS,
  },
  {
    method: 'GET',
    path: '/api/dashboard/disagreements/cases',
    access: DASHBOARD_READERS,
  },
  { method: 'GET', path: '/api/dashboard/family-feedback', access: DASHBOARD_READERS },
  // The Quality and Compliance Group between meetings.
  { method: 'GET', path: '/api/quality/framework', access: 'signed_in' },
  { method: 'POST', path: '/api/admin/quality-criteria', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/quality-criteria/:criterionId', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/quality-criteria/:criterionId/position', access: ['admin'] },
  { method: 'POST', path: '/api/quality/dip-samples', access: ['admin', 'chair', 'qa_reviewer'] },
  { method: 'GET', path: '/api/quality/dip-samples', access: ['admin', 'chair', 'qa_reviewer'] },
  { method: 'GET', path: '/api/quality/dip-samples/:sampleId', access: ['admin', 'chair', 'qa_reviewer'] },
  // Seniors' (tier 2) samples between meetings: any senior scores (panel chair or quality reviewer); the sample's owner reveals and moderates (checked by the service).
  {
    method: 'POST',
    path: '/api/quality/dip-samples/:sampleId/plans/:requestId/scores',
    access: ['chair', 'qa_reviewer'],
  },
  {
    method: 'POST',
    path: '/api/quality/dip-samples/:sampleId/plans/:requestId/reveal',
    access: ['admin', 'chair', 'qa_reviewer'],
  },
  {
    method: 'POST',
    path: '/api/quality/dip-samples/:sampleId/plans/:requestId/moderation',
    access: ['admin', 'chair', 'qa_reviewer'],
  },
  {
    method: 'POST',
    path: '/api/quality/dip-samples/:sampleId/plans/:requestId/actions',
    access: ['admin', 'chair', 'qa_reviewer'],
  },
  // Sampled plans, redacted and pseudonymous, for quality and parent reviewers (the plan must be in the sample, or on the agenda of a meeting the reader is invited to).
  {
    method: 'GET',
    path: '/api/quality/dip-samples/:sampleId/plans/:requestId',
    access: ['admin', 'chair', 'qa_reviewer', 'parent_reviewer'],
  },
  { method: 'GET', path: '/api/meetings/:meetingId/items/:itemId/plan', access: 'signed_in' },
  { method: 'GET', path: '/api/quality/figures', access: ['admin', 'chair', 'qa_reviewer', 'dco'] },
  // The advice gateways between sittings, and which ones the council runs.
  { method: 'GET', path: '/api/advice-gateways', access: 'signed_in' },
  ...ADVICE_GATEWAYS.flatMap(gatewayRows),
  {
    method: 'GET',
    path: '/api/reports/decisions',
    access: ['admin', 'chair', 'panel_member', 'qa_reviewer'],
  },
  // The monthly leadership pack: read by those who read the leadership report; written and issued by the senior roles.
  {
    method: 'GET',
    path: '/api/reports/leadership-packs',
    access: ['admin', 'chair', 'panel_member', 'qa_reviewer'],
  },
  {
    method: 'GET',
    path: '/api/reports/leadership-packs/:month',
    access: ['admin', 'chair', 'panel_member', 'qa_reviewer'],
  },
  {
    method: 'GET',
    path: '/api/reports/leadership-packs/:month/pdf',
    access: ['admin', 'chair', 'panel_member', 'qa_reviewer'],
  },
  { method: 'PUT', path: '/api/reports/leadership-packs/:month/narrative', access: ['admin', 'chair'] },
  { method: 'POST', path: '/api/reports/leadership-packs/:month/issue', access: ['admin', 'chair'] },

  // Notifications: each person's own; the outbox and bounced addresses, admins only.
  { method: 'GET', path: '/api/notifications', access: 'signed_in' },
  { method: 'POST', path: '/api/notifications/read', access: 'signed_in' },
  { method: 'POST', path: '/api/notifications/read-all', access: 'signed_in' },
  { method: 'GET', path: '/api/notifications/preferences', access: 'signed_in' },
  { method: 'PUT', path: '/api/notifications/preferences', access: 'signed_in' },
  { method: 'GET', path: '/api/admin/messages', access: ['admin'] },
  { method: 'GET', path: '/api/admin/bounced-addresses', access: ['admin'] },

  // The audit trail: admins only.
  { method: 'GET', path: '/api/audit', access: ['admin'] },
  { method: 'GET', path: '/api/audit/export.csv', access: ['admin'] },

  // Cases, requests and evidence (health team representatives see only their teams' cases; see CaseAccessService).
  { method: 'GET', path: '/api/localities', access: 'signed_in' },
  { method: 'GET', path: '/api/cases', access: STAFF_WITH_CASES },
  { method: 'POST', path: '/api/cases', access: ['admin', 'chair', 'presenter'] },
  { method: 'GET', path: '/api/cases/:childId', access: STAFF_WITH_CASES },
  { method: 'GET', path: '/api/cases/:childId/panel-decisions', access: STAFF_WITH_CASES },
  // An issued plan in full names the child and family: only roles that may see names (CaseAccessService.seesPersonalFields).
  {
    method: 'GET',
    path: '/api/requests/:requestId/plan',
    access: ['admin', 'chair', 'presenter', ...GATEWAY_COORDINATOR_ROLES, ...GATEWAY_TEAM_REP_ROLES],
  },
  // The family's comments on a draft plan are in their own words and may name the child: the same roles as the plan.
  {
    method: 'GET',
    path: '/api/cases/:childId/draft-plan-comments',
    access: ['admin', 'chair', 'presenter', ...GATEWAY_COORDINATOR_ROLES, ...GATEWAY_TEAM_REP_ROLES],
  },
  { method: 'GET', path: '/api/cases/:childId/panel-requests', access: STAFF_WITH_CASES },
  // The scheme of delegation: read by anyone signed in (the case page asks it who may decide); kept by administrators.
  { method: 'GET', path: '/api/delegation-scheme', access: 'signed_in' },
  { method: 'POST', path: '/api/admin/delegation-scheme', access: ['admin'] },
  { method: 'PATCH', path: '/api/admin/delegation-scheme/:ruleId', access: ['admin'] },
  { method: 'GET', path: '/api/cases/:childId/delegated-decisions', access: STAFF_WITH_CASES },
  // The SEND managers the scheme may name decide on any case; the scheme itself then says whether they may.
  {
    method: 'POST',
    path: '/api/cases/:childId/delegated-decisions',
    access: ['chair', 'panel_member'],
    owner: { key: 'childId', anyCase: ['chair', 'panel_member'] },
  },
  {
    method: 'GET',
    path: '/api/cases/:childId/delegated-decisions/:decisionId/outcome-letter.pdf',
    access: ['admin', 'chair', 'presenter'],
  },
  { method: 'GET', path: '/api/meetings/:meetingId/decided-under-delegation', access: 'signed_in' },
  {
    method: 'POST',
    path: '/api/cases/:childId/panel-requests',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'POST',
    path: '/api/requests/:requestId/transitions',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('requestId'),
  },
  {
    method: 'POST',
    path: '/api/requests/:requestId/exceptions',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('requestId'),
  },
  { method: 'POST', path: '/api/cases/import', access: ['admin'] },
  { method: 'GET', path: '/api/cases/:childId/evidence', access: STAFF_WITH_CASES },
  {
    method: 'POST',
    path: '/api/cases/:childId/evidence',
    access: ['admin', 'chair', 'presenter', ...GATEWAY_COORDINATOR_ROLES, ...GATEWAY_TEAM_REP_ROLES],
    owner: { key: 'childId', anyCase: ['admin', 'chair', ...GATEWAY_COORDINATOR_ROLES] },
  },
  { method: 'GET', path: '/api/evidence/:evidenceId/content', access: STAFF_WITH_CASES },

  // Annual reviews and phase transfers of a child's plan: recorded by the child's Family Link Officer (checked by the service), a SEND manager or an admin.
  // Actions: a person's own and their team's (the service checks the team); a case's, for those who see the case;
  // added on a case page by its Family Link Officer, a SEND manager or an administrator; closed by its owner, their
  // team, whoever added it, a SEND manager or an administrator (checked by the service).
  { method: 'GET', path: '/api/actions/mine', access: 'signed_in' },
  {
    method: 'GET',
    path: '/api/actions/owners',
    access: ['admin', 'chair', 'presenter', ...GATEWAY_COORDINATOR_ROLES, 'panel_member', 'qa_reviewer'],
  },
  { method: 'GET', path: '/api/teams/:agencyId/actions', access: 'signed_in' },
  { method: 'POST', path: '/api/actions/:actionId/close', access: 'signed_in' },
  { method: 'GET', path: '/api/meetings/:meetingId/actions-from-last-time', access: 'signed_in' },
  // The Weekly Orders' lists: a Family Link Officer their own, the sitting's chair every officer's and locality's.
  { method: 'GET', path: '/api/weekly-orders/:meetingId/officers/:userId', access: WEEKLY_ORDERS_READERS },
  {
    method: 'GET',
    path: '/api/weekly-orders/:meetingId/officers/:userId/list.csv',
    access: WEEKLY_ORDERS_READERS,
  },
  {
    method: 'GET',
    path: '/api/weekly-orders/:meetingId/localities/:code/cleared',
    access: WEEKLY_ORDERS_READERS,
  },
  { method: 'GET', path: '/api/cases/:childId/actions', access: STAFF_WITH_CASES },
  {
    method: 'POST',
    path: '/api/cases/:childId/actions',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  { method: 'GET', path: '/api/cases/:childId/disagreements', access: STAFF_WITH_CASES },
  {
    method: 'POST',
    path: '/api/cases/:childId/disagreements',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'POST',
    path: '/api/cases/:childId/disagreements/:disagreementId/steps',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  // A disagreement's papers: read through GET /api/evidence/:evidenceId/content, like any document.
  {
    method: 'POST',
    path: '/api/cases/:childId/disagreements/:disagreementId/documents',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  // The SEN2 return: person-level data, so the report and the file are for administrators only; the details it needs
  // of a child are read and corrected from the case page by those who may correct the case.
  { method: 'GET', path: '/api/returns/sen2', access: ['admin'] },
  { method: 'GET', path: '/api/returns/sen2/export', access: ['admin'] },
  { method: 'GET', path: '/api/cases/:childId/return-details', access: ['admin', 'chair', 'presenter'] },
  {
    method: 'PATCH',
    path: '/api/cases/:childId/return-details',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'POST',
    path: '/api/cases/:childId/placements',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  { method: 'GET', path: '/api/cases/:childId/annual-reviews', access: STAFF_WITH_CASES },
  {
    method: 'POST',
    path: '/api/cases/:childId/annual-reviews',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'POST',
    path: '/api/annual-reviews/:reviewId/decision',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('reviewId'),
  },
  {
    method: 'POST',
    path: '/api/annual-reviews/:reviewId/amended-plan',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('reviewId'),
  },
  { method: 'GET', path: '/api/cases/:childId/phase-transfers', access: STAFF_WITH_CASES },
  {
    method: 'POST',
    path: '/api/cases/:childId/phase-transfers',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'POST',
    path: '/api/phase-transfers/:transferId/amended-plan',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('transferId'),
  },

  // A child's family members who may sign in: read and managed by the child's Family Link Officer, or a SEND
  // manager or administrator on any case. Their addresses are personal, so no one else reads the list.
  { method: 'GET', path: '/api/cases/:childId/family-members', access: ['admin', 'chair', 'presenter'] },
  {
    method: 'POST',
    path: '/api/cases/:childId/family-members',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'PATCH',
    path: '/api/cases/:childId/family-members/:familyMemberId',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },
  {
    method: 'DELETE',
    path: '/api/cases/:childId/family-members/:familyMemberId',
    access: ['admin', 'chair', 'presenter'],
    owner: CASE_OFFICER('childId'),
  },

  // The family's own view: only the children their account covers (checked by the service on every route).
  // Each child's routes (`/api/family/children/:childId/…`) answer 404 for a child the account does not cover.
  { method: 'GET', path: '/api/family/children', access: ['family'] },
  { method: 'GET', path: '/api/family/children/:childId/request', access: ['family'] },
  { method: 'GET', path: '/api/family/children/:childId/decisions', access: ['family'] },
  { method: 'GET', path: '/api/family/children/:childId/decisions/:decisionId/letter', access: ['family'] },
  { method: 'GET', path: '/api/family/children/:childId/advice', access: ['family'] },
  { method: 'GET', path: '/api/family/children/:childId/reviews', access: ['family'] },
  { method: 'GET', path: '/api/family/children/:childId/plan', access: ['family'] },
  { method: 'POST', path: '/api/family/children/:childId/plan/comments', access: ['family'] },
  // The family's say: their views and the child's own into the case, and how the process went.
  { method: 'GET', path: '/api/family/children/:childId/views', access: ['family'] },
  { method: 'POST', path: '/api/family/children/:childId/views', access: ['family'] },
  { method: 'POST', path: '/api/family/children/:childId/feedback', access: ['family'] },
  { method: 'GET', path: '/api/family/you-said-we-did', access: ['family'] },
  // "You said, we did": written and withdrawn by those who run the service.
  { method: 'GET', path: '/api/you-said-we-did', access: YOU_SAID_WE_DID_WRITERS },
  { method: 'POST', path: '/api/you-said-we-did', access: YOU_SAID_WE_DID_WRITERS },
  { method: 'POST', path: '/api/you-said-we-did/:entryId/withdraw', access: YOU_SAID_WE_DID_WRITERS },
];

export function findMatrixRow(method: string, path: string): MatrixRow | undefined {
  return AUTHORIZATION_MATRIX.find((row) => row.method === method && row.path === path);
}

export function allows(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (roles === null) return false;
  if (access === 'anyone_signed_in') return true;
  // A family account holds the family role only; staff never hold it (the administrators' forms refuse it).
  if (access === 'signed_in') return !roles.includes('family');
  return access.some((role) => roles.includes(role));
}
