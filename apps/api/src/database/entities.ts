import { CaseAction } from '../actions/action.entity.js';
import { Disagreement } from '../disagreements/disagreement.entity.js';
import { AdviceRequest } from '../cases/advice-request.entity.js';
import { Child } from '../cases/child.entity.js';
import { ParentCarer } from '../cases/parent-carer.entity.js';
import { PlanSection } from '../cases/plans/plan-section.entity.js';
import { EhcRequest } from '../cases/ehc-request.entity.js';
import { EvidenceItem } from '../cases/evidence-item.entity.js';
import { Locality } from '../cases/localities/locality.entity.js';
import { LocalityFamilyLinkOfficer } from '../cases/localities/locality-family-link-officer.entity.js';
import { RequestEvent } from '../cases/request-event.entity.js';
import { StatutoryException } from '../cases/statutory-exception.entity.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { Agency } from '../identity/agency.entity.js';
import { KnownDevice } from '../identity/known-device.entity.js';
import { RecoveryCode } from '../identity/two-step/recovery-code.entity.js';
import { SecondFactor } from '../identity/two-step/second-factor.entity.js';
import { Session } from '../identity/session.entity.js';
import { SignInAttempt } from '../identity/sign-in-attempt.entity.js';
import { User } from '../identity/user.entity.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';
import { DeclarationOfInterest } from '../meetings/declaration-of-interest.entity.js';
import { RaisedHand } from '../meetings/raised-hand.entity.js';
import { DecisionCorrection } from '../meetings/decision-correction.entity.js';
import { MeetingEventRecord } from '../meetings/meeting-event.entity.js';
import { MeetingGroupMember } from '../meetings/meeting-group-member.entity.js';
import { MeetingGroup } from '../meetings/meeting-group.entity.js';
import { Vote } from '../meetings/vote.entity.js';
import { CriterionMark } from '../panels/decision-making/criterion-mark.entity.js';
import { PanelRequest } from '../panels/decision-making/panel-requests/panel-request.entity.js';
import { DipSample, DipSampleAdvice, DipSamplePlan } from '../panels/quality/dip-sample.entity.js';
import { DipSampleModeration } from '../panels/quality/dip-sample-moderation.entity.js';
import { JointFundingProposal, JointFundingShare } from '../panels/quality/joint-funding.entity.js';
import { PlanScore } from '../panels/quality/plan-score.entity.js';
import { QualityCriterion } from '../panels/quality/quality-criterion.entity.js';
import { ThresholdCriterion } from '../panels/decision-making/threshold-criterion.entity.js';
import { MeetingMember } from '../meetings/meeting-member.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { BouncingAddress } from '../notifications/bouncing-address.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { NotificationDigest } from '../notifications/notification-digest.entity.js';
import { NotificationPreference } from '../notifications/notification-preference.entity.js';
import { OutboundMessage } from '../notifications/outbound-message.entity.js';
import { AnnualReview } from '../reviews/annual-review.entity.js';
import { PhaseTransfer } from '../reviews/phase-transfer.entity.js';
import { WeeklyOrderReason } from '../panels/weekly-orders/weekly-order-reason.entity.js';
import { DelegationRule } from '../meetings/delegation/delegation-rule.entity.js';
import { DelegatedDecision } from '../meetings/delegation/delegated-decision.entity.js';
import { LeadershipPack } from '../dashboard/leadership-packs/leadership-pack.entity.js';
import { Placement } from '../cases/placement.entity.js';
import { FamilyLink } from '../family/family-link.entity.js';
import { FamilySignInLink } from '../family/family-sign-in-link.entity.js';
import { DraftPlanComment } from '../family-view/draft-plan-comment.entity.js';
import { FamilyFeedback } from '../family-say/family-feedback.entity.js';
import { YouSaidWeDidEntry } from '../family-say/you-said-we-did.entity.js';

/** Every entity, listed once for Nest and for the migration generator. */
export const ENTITIES = [
  Agency,
  User,
  Locality,
  LocalityFamilyLinkOfficer,
  Child,
  ParentCarer,
  EhcRequest,
  PlanSection,
  RequestEvent,
  StatutoryException,
  AdviceRequest,
  Meeting,
  MeetingMember,
  AgendaItem,
  KnownDevice,
  SecondFactor,
  RecoveryCode,
  Session,
  SignInAttempt,
  AuditRecord,
  EvidenceItem,
  Vote,
  DeclarationOfInterest,
  RaisedHand,
  DecisionCorrection,
  MeetingEventRecord,
  MeetingGroup,
  MeetingGroupMember,
  ThresholdCriterion,
  PanelRequest,
  QualityCriterion,
  DipSample,
  DipSamplePlan,
  DipSampleAdvice,
  DipSampleModeration,
  PlanScore,
  JointFundingProposal,
  JointFundingShare,
  CriterionMark,
  AnnualReview,
  PhaseTransfer,
  CaseAction,
  Disagreement,
  Notification,
  OutboundMessage,
  NotificationPreference,
  NotificationDigest,
  BouncingAddress,
  WeeklyOrderReason,
  DelegationRule,
  DelegatedDecision,
  LeadershipPack,
  Placement,
  FamilyLink,
  FamilySignInLink,
  DraftPlanComment,
  FamilyFeedback,
  YouSaidWeDidEntry,
];
