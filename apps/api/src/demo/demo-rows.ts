import type {
  FundingBand,
  PanelRequestKind,
  PanelRequestStatus,
  PersonalBudgetPurpose,
  SettingType,
  AdviceKind,
  AdviceQualityCriterion,
  AdviceRequestStatus,
  AgencyKind,
  AgendaItemKind,
  AgendaItemStatus,
  EhcPlanSection,
  MeetingKind,
  MeetingMemberRole,
  MeetingStatus,
  PhaseTransferKind,
  ReviewDecision,
  NeedArea,
  RequestSource,
  RequestStage,
  Role,
  StatutoryExceptionKind,
  ExceptionRegulation,
  VulnerabilityMarker,
  Sen2CeaseReason,
  Sen2Ethnicity,
  Sen2SenSetting,
  Sen2SenType,
  Sen2Sex,
  Sen2UpnUnknown,
} from '@convene/domain';

// Plain rows, shaped like the entities' columns, so the generator stays pure and the loader just inserts.

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
}
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string;
  agencyId: string;
  roles: Role[];
}
export interface LocalityRow {
  id: string;
  code: string;
  name: string;
  isVulnerablePupilsTeam: boolean;
}
export interface ChildRow {
  id: string;
  caseReference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  yearGroup: number;
  settingName: string;
  localityId: string;
  familyLinkOfficerId: string;
  primaryNeed: NeedArea;
  vulnerabilityMarkers: VulnerabilityMarker[];
  vulnerabilityScore: number;
  /** What the SEN2 return asks of the child (demo-sen2.ts): left out here and there, as in real records. */
  upn?: string | null;
  upnUnknown?: Sen2UpnUnknown | null;
  sex?: Sen2Sex | null;
  ethnicity?: Sen2Ethnicity | null;
  postcode?: string | null;
  senType?: Sen2SenType | null;
}
export interface RequestRow {
  id: string;
  childId: string;
  receivedOn: string;
  source: RequestSource;
  stage: RequestStage;
  decisionToAssessOn: string | null;
  decisionToIssueOn: string | null;
  draftIssuedOn: string | null;
  finalIssuedOn: string | null;
  closedOn: string | null;
  planCeasedOn?: string | null;
  planCeaseReason?: Sen2CeaseReason | null;
}
export interface PlacementRow {
  id: string;
  childId: string;
  establishmentName: string | null;
  urn: string | null;
  ukprn: string | null;
  senSetting: Sen2SenSetting | null;
  placementRank: 1 | 2;
  entryDate: string;
  leavingDate: string | null;
  senUnit: boolean;
  resourcedProvision: boolean;
  recordedById: string;
}
export interface RequestEventRow {
  id: string;
  requestId: string;
  stage: RequestStage;
  occurredOn: string;
  recordedById: string;
}
export interface ExceptionRow {
  id: string;
  requestId: string;
  regulation: ExceptionRegulation;
  kind: StatutoryExceptionKind;
  startsOn: string;
  endsOn: string | null;
  adviceRequestId: string | null;
  adviceAskedOn: string | null;
  note: string;
}
export interface AdviceRequestRow {
  id: string;
  requestId: string;
  agencyId: string | null;
  adviceKind: AdviceKind;
  requestedOn: string;
  returnedOn: string | null;
  status: AdviceRequestStatus;
  response?: 'full_advice' | 'triage_note';
  priority?: 'routine' | 'urgent';
  triagedAt?: Date;
  triagedById?: string;
  /** The gateway's agenda item it was triaged at: set when the sittings are drawn. */
  triagedInItemId?: string;
  teamResponse?: 'accepted' | 'pushed_back';
  teamResponseReason?: string | null;
  reassignments?: number;
  lastChasedAt?: Date;
  quality?: { criteria: Record<AdviceQualityCriterion, boolean>; note: string | null };
  qualityRatedById?: string;
}
export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
  theme: string | null;
}
export interface MeetingMemberRow {
  meetingId: string;
  userId: string;
  role: MeetingMemberRole;
}
export interface PanelRequestRow {
  id: string;
  childId: string;
  kind: PanelRequestKind;
  summary: string;
  settingName: string | null;
  settingType: SettingType | null;
  amountPence: number | null;
  band: FundingBand | null;
  purpose: PersonalBudgetPurpose | null;
  startsOn: string | null;
  endsOn: string | null;
  status: PanelRequestStatus;
  raisedById: string | null;
  raisedAt: Date;
  decidedOn: string | null;
}
export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  kind: AgendaItemKind;
  requestId: string | null;
  panelRequestId?: string | null;
  presenterId: string | null;
  status: AgendaItemStatus;
  restricted: boolean;
  outcome?: string | null;
  outcomeReasons?: string | null;
  votingStatus?: 'not_open' | 'revealed';
}

export interface ParentCarerRow {
  id: string;
  childId: string;
  name: string;
  relationship: string;
}
export interface PlanSectionRow {
  requestId: string;
  section: EhcPlanSection;
  text: string;
}

export interface AnnualReviewRow {
  id: string;
  childId: string;
  requestId: string;
  countsFrom: string;
  dueOn: string;
  reviewMeetingOn: string | null;
  decisionOn: string | null;
  decisionOutcome: ReviewDecision | null;
  amendedPlanIssuedOn: string | null;
  createdById: string;
  updatedById: string;
}
export interface PhaseTransferRow {
  id: string;
  childId: string;
  requestId: string;
  kind: PhaseTransferKind;
  transferYear: number;
  deadline: string;
  settingName: string | null;
  amendedPlanIssuedOn: string | null;
  createdById: string;
  updatedById: string;
}

export interface MeetingGroupRow {
  id: string;
  kind: MeetingKind;
  name: string;
}
export interface MeetingGroupMemberRow {
  groupId: string;
  userId: string;
  role: MeetingMemberRole;
}

export interface ActionRow {
  id: string;
  what: string;
  ownerUserId: string | null;
  ownerAgencyId: string | null;
  dueOn: string;
  status: 'open' | 'done';
  origin: 'meeting_item';
  childId: string;
  meetingId: string;
  agendaItemId: string;
  createdById: string;
  closingNote: string | null;
  closedById: string | null;
  closedAt: Date | null;
}

export interface DemoCouncil {
  agencies: AgencyRow[];
  users: UserRow[];
  localities: LocalityRow[];
  children: ChildRow[];
  requests: RequestRow[];
  requestEvents: RequestEventRow[];
  exceptions: ExceptionRow[];
  adviceRequests: AdviceRequestRow[];
  meetings: MeetingRow[];
  meetingMembers: MeetingMemberRow[];
  panelRequests: PanelRequestRow[];
  agendaItems: AgendaItemRow[];
  meetingGroups: MeetingGroupRow[];
  meetingGroupMembers: MeetingGroupMemberRow[];
  parentCarers: ParentCarerRow[];
  planSections: PlanSectionRow[];
  /** Children whose plans were issued before the 12 months of requests: their requests and steps, kept apart from the year's. */
  earlierPlans: { children: ChildRow[]; requests: RequestRow[]; requestEvents: RequestEventRow[] };
  annualReviews: AnnualReviewRow[];
  phaseTransfers: PhaseTransferRow[];
  /** What the panels agreed at their past sittings, with owners and due days. */
  actions: ActionRow[];
  /** Where children with plans are placed, for the SEN2 return. */
  placements: PlacementRow[];
}
