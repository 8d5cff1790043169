import type { CalendarDate } from '../calendar-date/calendar-date.js';
import {
  addDays,
  calendarDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  isAfter,
  isBefore,
  yearOf,
} from '../calendar-date/calendar-date.js';
import type { RequestStage } from '../vocabulary/requests.js';
import type { ReviewDecision } from '../statutory-clock/annual-review.js';
import type {
  Sen2CeaseReason,
  Sen2Ethnicity,
  Sen2Outcome,
  Sen2ReviewOutcome,
  Sen2SenSetting,
  Sen2SenType,
  Sen2Sex,
  Sen2UpnUnknown,
} from './codes.js';

/** What Convene records about one child, as the SEN2 mapping needs it. */
export interface Sen2ChildFacts {
  childId: string;
  caseReference: string;
  familyName: string;
  givenName: string;
  dateOfBirth: CalendarDate;
  sex: Sen2Sex | null;
  ethnicity: Sen2Ethnicity | null;
  postcode: string | null;
  upn: string | null;
  uln: string | null;
  upnUnknown: Sen2UpnUnknown | null;
  senType: Sen2SenType | null;
  secondSenType: Sen2SenType | null;
  requests: Sen2RequestFacts[];
  placements: Sen2PlacementFacts[];
}

export interface Sen2RequestFacts {
  requestId: string;
  receivedOn: CalendarDate;
  stage: RequestStage;
  decisionToAssessOn: CalendarDate | null;
  decisionToIssueOn: CalendarDate | null;
  finalIssuedOn: CalendarDate | null;
  /** The day the request was refused, not issued or withdrawn. */
  closedOn: CalendarDate | null;
  planCeasedOn: CalendarDate | null;
  planCeaseReason: Sen2CeaseReason | null;
  /** The latest annual review of the plan, if any. */
  lastReview: {
    meetingOn: CalendarDate | null;
    decisionOn: CalendarDate | null;
    outcome: ReviewDecision | null;
  } | null;
}

export interface Sen2PlacementFacts {
  placementId: string;
  urn: string | null;
  ukprn: string | null;
  senSetting: Sen2SenSetting | null;
  senSettingOther: string | null;
  rank: 1 | 2;
  entryDate: CalendarDate;
  leavingDate: CalendarDate | null;
  senUnit: boolean;
  resourcedProvision: boolean;
}

/** A placement as the return writes it (PlacementDetail; PlanDetail leaves out the dates). */
export interface Sen2Placement {
  placementId: string;
  URN: string | null;
  UKPRN: string | null;
  SENSetting: Sen2SenSetting | null;
  SENSettingOther: string | null;
  PlacementRank: 1 | 2;
  EntryDate: CalendarDate;
  LeavingDate: CalendarDate | null;
  SENunitIndicator: boolean;
  ResourcedProvisionIndicator: boolean;
}

export interface Sen2NamedPlan {
  StartDate: CalendarDate;
  PlanDetail: Sen2Placement[];
  CeaseDate: CalendarDate | null;
  CeaseReason: Sen2CeaseReason | null;
}

export interface Sen2Assessment {
  AssessmentOutcome: Sen2Outcome;
  AssessmentOutcomeDate: CalendarDate | null;
  NamedPlan: Sen2NamedPlan | null;
}

export interface Sen2ActivePlans {
  PlacementDetail: Sen2Placement[];
  SENneed: { SENtype: Sen2SenType; SENtypeRank: 1 | 2 }[];
  ReviewMeeting: CalendarDate | null;
  ReviewOutcome: Sen2ReviewOutcome | null;
  LastReview: CalendarDate | null;
}

export interface Sen2Request {
  requestId: string;
  ReceivedDate: CalendarDate;
  RequestOutcomeDate: CalendarDate | null;
  RequestOutcome: Sen2Outcome;
  Assessment: Sen2Assessment | null;
  ActivePlans: Sen2ActivePlans | null;
}

/** One person of the return, in the specification's element names; null where Convene does not hold the value. */
export interface Sen2Person {
  childId: string;
  caseReference: string;
  Surname: string;
  Forename: string;
  PersonBirthDate: CalendarDate;
  Sex: Sen2Sex | null;
  Ethnicity: Sen2Ethnicity | null;
  PostCode: string | null;
  UPN: string | null;
  UniqueLearnerNumber: string | null;
  UPNunknown: Sen2UpnUnknown | null;
  Requests: Sen2Request[];
}

/**
 * The collection year a census date reports on: the calendar year before the census (a January census reports
 * on the year just ended). Plans and placements are taken as they stand on the census date itself.
 */
export function sen2CollectionYear(censusDate: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const year = yearOf(censusDate) - 1;
  return { from: calendarDate(year, 1, 1), to: calendarDate(year, 12, 31) };
}

/** A year's SEN2 census day: the third Thursday of January. */
export function sen2CensusDateIn(year: number): CalendarDate {
  let day = calendarDate(year, 1, 1);
  while (dayOfWeek(day) !== 'thursday') day = addDays(day, 1);
  return addDays(day, 14);
}

/** The census nearest to today: the coming one late in the year, the one just past early in it. */
export function nearestSen2CensusDate(today: CalendarDate): CalendarDate {
  const candidates = [yearOf(today) - 1, yearOf(today), yearOf(today) + 1].map(sen2CensusDateIn);
  return candidates.reduce((best, day) =>
    Math.abs(daysBetween(today, day)) < Math.abs(daysBetween(today, best)) ? day : best,
  );
}

const onOrBefore = (date: CalendarDate | null, limit: CalendarDate): date is CalendarDate =>
  date !== null && !isAfter(date, limit);

/**
 * Whether a request belongs in the return: received by the census date and not finished before the collection
 * year began (refused, not issued or withdrawn before it, or its plan ceased before it).
 */
export function isInSen2Scope(request: Sen2RequestFacts, censusDate: CalendarDate): boolean {
  const { from } = sen2CollectionYear(censusDate);
  if (isAfter(request.receivedOn, censusDate)) return false;
  if (request.closedOn !== null && isBefore(request.closedOn, from)) return false;
  if (request.planCeasedOn !== null && isBefore(request.planCeasedOn, from)) return false;
  return true;
}

/** A plan decided before the collection year is historical (H) in both outcomes. */
function isHistorical(request: Sen2RequestFacts, censusDate: CalendarDate): boolean {
  const decided = request.decisionToIssueOn ?? request.finalIssuedOn;
  return decided !== null && isBefore(decided, sen2CollectionYear(censusDate).from);
}

export function sen2RequestOutcome(
  request: Sen2RequestFacts,
  censusDate: CalendarDate,
): { outcome: Sen2Outcome; on: CalendarDate | null } {
  if (isHistorical(request, censusDate)) return { outcome: 'H', on: request.decisionToAssessOn };
  if (onOrBefore(request.decisionToAssessOn, censusDate))
    return { outcome: 'Y', on: request.decisionToAssessOn };
  // A plan issued with no recorded decision to assess: the assessment happened, its date is missing.
  if (request.decisionToIssueOn !== null || request.finalIssuedOn !== null) return { outcome: 'Y', on: null };
  if (request.stage === 'refused' && onOrBefore(request.closedOn, censusDate))
    return { outcome: 'N', on: request.closedOn };
  if (request.stage === 'withdrawn' && onOrBefore(request.closedOn, censusDate))
    return { outcome: 'W', on: request.closedOn };
  return { outcome: 'A', on: null };
}

export function sen2AssessmentOutcome(
  request: Sen2RequestFacts,
  censusDate: CalendarDate,
): { outcome: Sen2Outcome; on: CalendarDate | null } {
  if (isHistorical(request, censusDate)) return { outcome: 'H', on: request.decisionToIssueOn };
  if (onOrBefore(request.decisionToIssueOn, censusDate))
    return { outcome: 'Y', on: request.decisionToIssueOn };
  if (onOrBefore(request.finalIssuedOn, censusDate)) return { outcome: 'Y', on: null };
  if (request.stage === 'not_issued' && onOrBefore(request.closedOn, censusDate))
    return { outcome: 'N', on: request.closedOn };
  if (request.stage === 'withdrawn' && onOrBefore(request.closedOn, censusDate))
    return { outcome: 'W', on: request.closedOn };
  return { outcome: 'A', on: null };
}

/** The placements current on a day, rank 1 first. */
export function placementsOn(placements: Sen2PlacementFacts[], day: CalendarDate): Sen2Placement[] {
  return placements
    .filter((p) => !isAfter(p.entryDate, day) && (p.leavingDate === null || !isBefore(p.leavingDate, day)))
    .sort((a, b) => a.rank - b.rank || compareDates(a.entryDate, b.entryDate))
    .map((p) => ({
      placementId: p.placementId,
      URN: p.urn,
      UKPRN: p.ukprn,
      SENSetting: p.urn === null && p.ukprn === null ? p.senSetting : null,
      SENSettingOther:
        p.senSetting === 'OTH' && p.urn === null && p.ukprn === null ? p.senSettingOther : null,
      PlacementRank: p.rank,
      EntryDate: p.entryDate,
      LeavingDate: p.leavingDate,
      SENunitIndicator: p.senUnit,
      ResourcedProvisionIndicator: p.resourcedProvision,
    }));
}

const REVIEW_OUTCOMES: Record<ReviewDecision, Sen2ReviewOutcome> = { amend: 'A', cease: 'C', maintain: 'M' };

function namedPlan(
  child: Sen2ChildFacts,
  request: Sen2RequestFacts,
  censusDate: CalendarDate,
): Sen2NamedPlan | null {
  if (!onOrBefore(request.finalIssuedOn, censusDate)) return null;
  const ceased = onOrBefore(request.planCeasedOn, censusDate) ? request.planCeasedOn : null;
  return {
    StartDate: request.finalIssuedOn,
    // The establishment named in the plan as it stood last: on the census date, or the day it ceased.
    PlanDetail: placementsOn(child.placements, ceased ?? censusDate),
    CeaseDate: ceased,
    CeaseReason: ceased === null ? null : request.planCeaseReason,
  };
}

function activePlans(
  child: Sen2ChildFacts,
  request: Sen2RequestFacts,
  censusDate: CalendarDate,
): Sen2ActivePlans | null {
  if (!onOrBefore(request.finalIssuedOn, censusDate)) return null;
  if (onOrBefore(request.planCeasedOn, censusDate)) return null;
  const review = request.lastReview;
  const needs: Sen2ActivePlans['SENneed'] = [];
  if (child.senType !== null) needs.push({ SENtype: child.senType, SENtypeRank: 1 });
  if (child.secondSenType !== null) needs.push({ SENtype: child.secondSenType, SENtypeRank: 2 });
  return {
    PlacementDetail: placementsOn(child.placements, censusDate),
    SENneed: needs,
    ReviewMeeting: review && onOrBefore(review.meetingOn, censusDate) ? review.meetingOn : null,
    ReviewOutcome:
      review?.outcome && onOrBefore(review.decisionOn, censusDate) ? REVIEW_OUTCOMES[review.outcome] : null,
    LastReview: review && onOrBefore(review.decisionOn, censusDate) ? review.decisionOn : null,
  };
}

export function toSen2Request(
  child: Sen2ChildFacts,
  request: Sen2RequestFacts,
  censusDate: CalendarDate,
): Sen2Request {
  const asked = sen2RequestOutcome(request, censusDate);
  let assessment: Sen2Assessment | null = null;
  if (asked.outcome === 'Y' || asked.outcome === 'H') {
    const assessed = sen2AssessmentOutcome(request, censusDate);
    assessment = {
      AssessmentOutcome: assessed.outcome,
      AssessmentOutcomeDate: assessed.on,
      NamedPlan:
        assessed.outcome === 'Y' || assessed.outcome === 'H' ? namedPlan(child, request, censusDate) : null,
    };
  }
  return {
    requestId: request.requestId,
    ReceivedDate: request.receivedOn,
    RequestOutcomeDate: asked.on,
    RequestOutcome: asked.outcome,
    Assessment: assessment,
    ActivePlans: assessment?.NamedPlan ? activePlans(child, request, censusDate) : null,
  };
}

/** A child as one person of the return, or null when none of their requests is in scope on this census date. */
export function toSen2Person(child: Sen2ChildFacts, censusDate: CalendarDate): Sen2Person | null {
  const requests = child.requests
    .filter((request) => isInSen2Scope(request, censusDate))
    .sort((a, b) => compareDates(a.receivedOn, b.receivedOn))
    .map((request) => toSen2Request(child, request, censusDate));
  if (requests.length === 0) return null;
  return {
    childId: child.childId,
    caseReference: child.caseReference,
    Surname: child.familyName,
    Forename: child.givenName,
    PersonBirthDate: child.dateOfBirth,
    Sex: child.sex,
    Ethnicity: child.ethnicity,
    PostCode: child.postcode === null ? null : child.postcode.trim().toUpperCase(),
    UPN: child.upn,
    UniqueLearnerNumber: child.uln,
    UPNunknown: child.upn === null ? child.upnUnknown : null,
    Requests: requests,
  };
}
