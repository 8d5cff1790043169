// The schema's history, in order. `npm run migration:generate -- <Name>` adds to this list.
import { AddDisagreementDocuments1796649962998 } from './1796649962998-AddDisagreementDocuments.js';
import { AddLeadershipPacks1796650072091 } from './1796650072091-AddLeadershipPacks.js';
import { AddSen2ReturnDetailsAndPlacements1796652174232 } from './1796652174232-AddSen2ReturnDetailsAndPlacements.js';
import { AddAdviceGatewaysForEveryAgency1796660000000 } from './1796660000000-AddAdviceGatewaysForEveryAgency.js';
import { AddFamilyAccounts1796670000000 } from './1796670000000-AddFamilyAccounts.js';
import { AddDraftPlanComments1796680000000 } from './1796680000000-AddDraftPlanComments.js';
import { AddFamilySay1796682000000 } from './1796682000000-AddFamilySay.js';
import { AddDecisionsInWriting1796637982198 } from './1796637982198-AddDecisionsInWriting.js';
import { AddWeeklyOrders1796638223507 } from './1796638223507-AddWeeklyOrders.js';
import { AddSchemeOfDelegation1796642220504 } from './1796642220504-AddSchemeOfDelegation.js';
import { AddDisagreements1796640658337 } from './1796640658337-AddDisagreements.js';
import { RetireLocalitiesAndAgencies1796626091165 } from './1796626091165-RetireLocalitiesAndAgencies.js';
import { AddNotificationsAndOutbox1796626146020 } from './1796626146020-AddNotificationsAndOutbox.js';
import { AddActions1796626710660 } from './1796626710660-AddActions.js';
import { AddActionNotificationKinds1796631541102 } from './1796631541102-AddActionNotificationKinds.js';
import { AddMovesBetweenPost16Institutions1796616468644 } from './1796616468644-AddMovesBetweenPost16Institutions.js';
import { DueAnnualReviewsTheDayBeforeTheAnniversary1796615662722 } from './1796615662722-DueAnnualReviewsTheDayBeforeTheAnniversary.js';
import { AddCoronavirusEasementExceptions1796614927892 } from './1796614927892-AddCoronavirusEasementExceptions.js';
import { AddDecisionToAssessExceptions1796614204036 } from './1796614204036-AddDecisionToAssessExceptions.js';
import { LetterTheClosureExceptions1796613002645 } from './1796613002645-LetterTheClosureExceptions.js';
import { AddCommandFingerprint1796603043532 } from './1796603043532-AddCommandFingerprint.js';
import { AddTwoStepSignIn1796604222549 } from './1796604222549-AddTwoStepSignIn.js';
import { KnowDevicesThatSignedInBefore1796603046698 } from './1796603046698-KnowDevicesThatSignedInBefore.js';
import { KeepWhyDecidedWithCriteriaNotMet1796595302585 } from './1796595302585-KeepWhyDecidedWithCriteriaNotMet.js';
import { KeepDecisionCorrections1796594871151 } from './1796594871151-KeepDecisionCorrections.js';
import { RaisedHandsItemAllowancesAndReopenedVotes1796592925077 } from './1796592925077-RaisedHandsItemAllowancesAndReopenedVotes.js';
import { CheckVotesAgainstItemsInTheirMeeting1795469997140 } from './1795469997140-CheckVotesAgainstItemsInTheirMeeting.js';
import { KeepReceiptsOnMeetingEvents1795469630876 } from './1795469630876-KeepReceiptsOnMeetingEvents.js';
import { AddAnnualReviewLastMeetingIndex1795461356087 } from './1795461356087-AddAnnualReviewLastMeetingIndex.js';
import { AddPlanSectionsAndParentCarers1795459826411 } from './1795459826411-AddPlanSectionsAndParentCarers.js';
import { AddAnnualReviewsAndPhaseTransfers1795459765251 } from './1795459765251-AddAnnualReviewsAndPhaseTransfers.js';
import { AddSeniorSampleScoring1795459728511 } from './1795459728511-AddSeniorSampleScoring.js';
import { AddAdviceAudits1795455343198 } from './1795455343198-AddAdviceAudits.js';
import { AddCalendarFeeds1795453474895 } from './1795453474895-AddCalendarFeeds.js';
import { AddJointFunding1795452715022 } from './1795452715022-AddJointFunding.js';
import { AddQualityGroup1795452172822 } from './1795452172822-AddQualityGroup.js';
import { AddHealthGatewayTriage1795451677872 } from './1795451677872-AddHealthGatewayTriage.js';
import { AddPanelRequestsAndWithdrawnItems1795450602222 } from './1795450602222-AddPanelRequestsAndWithdrawnItems.js';
import { AddThresholdCriteria1795448677770 } from './1795448677770-AddThresholdCriteria.js';
import { AddMeetingGroups1795446995290 } from './1795446995290-AddMeetingGroups.js';
import { AddAdviceAskedOnToExceptions1795445171020 } from './1795445171020-AddAdviceAskedOnToExceptions.js';
import { AddLiveMeetingEngine1795444583871 } from './1795444583871-AddLiveMeetingEngine.js';
import { AddEvidenceItems1795443804545 } from './1795443804545-AddEvidenceItems.js';
import { AddSessionsAndAuditTrail1795443494251 } from './1795443494251-AddSessionsAndAuditTrail.js';
import { CreateCouncilRecords1795442862392 } from './1795442862392-CreateCouncilRecords.js';
export const MIGRATIONS = [
  CreateCouncilRecords1795442862392,
  AddSessionsAndAuditTrail1795443494251,
  AddEvidenceItems1795443804545,
  AddLiveMeetingEngine1795444583871,
  AddAdviceAskedOnToExceptions1795445171020,
  AddMeetingGroups1795446995290,
  AddThresholdCriteria1795448677770,
  AddPanelRequestsAndWithdrawnItems1795450602222,
  AddHealthGatewayTriage1795451677872,
  AddQualityGroup1795452172822,
  AddJointFunding1795452715022,
  AddCalendarFeeds1795453474895,
  AddAdviceAudits1795455343198,
  AddSeniorSampleScoring1795459728511,
  AddAnnualReviewsAndPhaseTransfers1795459765251,
  AddPlanSectionsAndParentCarers1795459826411,
  AddAnnualReviewLastMeetingIndex1795461356087,
  KeepReceiptsOnMeetingEvents1795469630876,
  CheckVotesAgainstItemsInTheirMeeting1795469997140,
  RaisedHandsItemAllowancesAndReopenedVotes1796592925077,
  KeepDecisionCorrections1796594871151,
  KeepWhyDecidedWithCriteriaNotMet1796595302585,
  AddCommandFingerprint1796603043532,
  KnowDevicesThatSignedInBefore1796603046698,
  AddTwoStepSignIn1796604222549,
  LetterTheClosureExceptions1796613002645,
  AddDecisionToAssessExceptions1796614204036,
  AddCoronavirusEasementExceptions1796614927892,
  DueAnnualReviewsTheDayBeforeTheAnniversary1796615662722,
  AddMovesBetweenPost16Institutions1796616468644,
  RetireLocalitiesAndAgencies1796626091165,
  AddNotificationsAndOutbox1796626146020,
  AddActions1796626710660,
  AddActionNotificationKinds1796631541102,
  AddDecisionsInWriting1796637982198,
  AddWeeklyOrders1796638223507,
  AddDisagreements1796640658337,
  AddSchemeOfDelegation1796642220504,
  AddDisagreementDocuments1796649962998,
  AddLeadershipPacks1796650072091,
  AddSen2ReturnDetailsAndPlacements1796652174232,
  AddAdviceGatewaysForEveryAgency1796660000000,
  AddFamilyAccounts1796670000000,
  AddDraftPlanComments1796680000000,
  AddFamilySay1796682000000,
];
