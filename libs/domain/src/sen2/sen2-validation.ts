import type { CalendarDate } from '../calendar-date/calendar-date.js';
import { addMonths, isAfter, isBefore } from '../calendar-date/calendar-date.js';
import type { Sen2Person, Sen2Placement, Sen2Request } from './sen2-record.js';
import { sen2CollectionYear } from './sen2-record.js';
import { isUkPostcode, isUpnShape, isValidUpn } from './upn.js';

/** Where a problem is fixed on the case page: the child's return details, or their placements. */
export type Sen2FixForm = 'return_details' | 'placements' | 'request';

/** One reason a person cannot be returned yet: which element, which rule, and what to do, in words. */
export interface Sen2Issue {
  rule: string;
  module: 'person' | 'request' | 'assessment' | 'named_plan' | 'active_plans' | 'placement';
  field: string;
  message: string;
  fix: Sen2FixForm;
  requestId?: string;
}

const issue = (
  rule: string,
  module: Sen2Issue['module'],
  field: string,
  message: string,
  fix: Sen2FixForm,
  requestId?: string,
): Sen2Issue =>
  requestId === undefined
    ? { rule, module, field, message, fix }
    : { rule, module, field, message, fix, requestId };

/** The oldest a person in the return may be at the start of the collection year (the 0–25 age range). */
const OLDEST_AGE_IN_YEARS = 25;

function personIssues(person: Sen2Person, censusDate: CalendarDate): Sen2Issue[] {
  const found: Sen2Issue[] = [];
  if (person.Sex === null)
    found.push(
      issue('sex_missing', 'person', 'Sex', 'Record the child’s sex (M, F or U).', 'return_details'),
    );
  if (person.Ethnicity === null)
    found.push(
      issue(
        'ethnicity_missing',
        'person',
        'Ethnicity',
        'Record the child’s ethnicity, or that it was refused or not yet obtained.',
        'return_details',
      ),
    );
  if (person.PostCode === null)
    found.push(
      issue(
        'postcode_missing',
        'person',
        'PostCode',
        'Record the postcode of the child’s home.',
        'return_details',
      ),
    );
  else if (!isUkPostcode(person.PostCode))
    found.push(
      issue(
        'postcode_format',
        'person',
        'PostCode',
        'The postcode is not a full UK postcode.',
        'return_details',
      ),
    );
  if (person.UPN === null && person.UPNunknown === null)
    found.push(
      issue(
        'upn_missing',
        'person',
        'UPN',
        'Record the child’s unique pupil number (UPN), or why it is not known.',
        'return_details',
      ),
    );
  if (person.UPN !== null && !isUpnShape(person.UPN))
    found.push(
      issue(
        'upn_format',
        'person',
        'UPN',
        'A UPN is a letter and 12 more characters (digits, with a letter last for a temporary UPN).',
        'return_details',
      ),
    );
  else if (person.UPN !== null && !isValidUpn(person.UPN))
    found.push(
      issue(
        'upn_check_letter',
        'person',
        'UPN',
        'The UPN’s check letter does not match its digits: check it against the school’s records.',
        'return_details',
      ),
    );
  if (person.UniqueLearnerNumber !== null && !/^\d{10}$/.test(person.UniqueLearnerNumber))
    found.push(
      issue(
        'uln_format',
        'person',
        'UniqueLearnerNumber',
        'A unique learner number (ULN) is 10 digits.',
        'return_details',
      ),
    );
  if (isAfter(person.PersonBirthDate, censusDate))
    found.push(
      issue(
        'birth_date_after_census',
        'person',
        'PersonBirthDate',
        'The date of birth is after the census date.',
        'return_details',
      ),
    );
  else if (
    isBefore(
      person.PersonBirthDate,
      addMonths(sen2CollectionYear(censusDate).from, -12 * (OLDEST_AGE_IN_YEARS + 1)),
    )
  )
    found.push(
      issue(
        'older_than_25',
        'person',
        'PersonBirthDate',
        'The young person was 26 or older when the collection year began.',
        'return_details',
      ),
    );
  return found;
}

function placementIssues(
  placements: Sen2Placement[],
  requestId: string,
  where: 'PlacementDetail' | 'PlanDetail',
): Sen2Issue[] {
  const found: Sen2Issue[] = [];
  for (const placement of placements) {
    const establishment = placement.URN ?? placement.UKPRN;
    if (establishment === null && placement.SENSetting === null)
      found.push(
        issue(
          'placement_without_establishment',
          'placement',
          `${where}/URN`,
          'The placement has no establishment: record its URN or UKPRN, or the kind of setting it is.',
          'placements',
          requestId,
        ),
      );
    if (placement.URN !== null && !/^\d{6}$/.test(placement.URN))
      found.push(
        issue('urn_format', 'placement', `${where}/URN`, 'A URN is 6 digits.', 'placements', requestId),
      );
    if (placement.UKPRN !== null && !/^1\d{7}$/.test(placement.UKPRN))
      found.push(
        issue(
          'ukprn_format',
          'placement',
          `${where}/UKPRN`,
          'A UKPRN is 8 digits starting with 1.',
          'placements',
          requestId,
        ),
      );
    if (placement.SENSetting === 'OTH' && !placement.SENSettingOther?.trim())
      found.push(
        issue(
          'setting_other_missing',
          'placement',
          `${where}/SENSettingOther`,
          'Say what the other kind of setting is.',
          'placements',
          requestId,
        ),
      );
    if (placement.LeavingDate !== null && isBefore(placement.LeavingDate, placement.EntryDate))
      found.push(
        issue(
          'leaving_before_entry',
          'placement',
          `${where}/LeavingDate`,
          'The placement’s leaving date is before its start date.',
          'placements',
          requestId,
        ),
      );
  }
  const ranks = placements.map((p) => p.PlacementRank);
  if (placements.length > 0 && ranks.filter((rank) => rank === 1).length !== 1)
    found.push(
      issue(
        'one_main_placement',
        'placement',
        `${where}/PlacementRank`,
        'Exactly one current placement must be the main one (rank 1).',
        'placements',
        requestId,
      ),
    );
  if (placements.length > 2)
    found.push(
      issue(
        'at_most_two_placements',
        'placement',
        `${where}/PlacementRank`,
        'At most two placements can be current at once (rank 1 and rank 2).',
        'placements',
        requestId,
      ),
    );
  return found;
}

function requestIssues(request: Sen2Request): Sen2Issue[] {
  const id = request.requestId;
  const found: Sen2Issue[] = [];
  const decided =
    request.RequestOutcome === 'Y' || request.RequestOutcome === 'N' || request.RequestOutcome === 'W';
  if (decided && request.RequestOutcomeDate === null)
    found.push(
      issue(
        'request_outcome_date_missing',
        'request',
        'RequestOutcomeDate',
        'Record the date of the decision whether to assess.',
        'request',
        id,
      ),
    );
  if (request.RequestOutcomeDate !== null && isBefore(request.RequestOutcomeDate, request.ReceivedDate))
    found.push(
      issue(
        'request_outcome_before_received',
        'request',
        'RequestOutcomeDate',
        'The decision whether to assess is dated before the request was received.',
        'request',
        id,
      ),
    );
  const assessment = request.Assessment;
  if (assessment !== null) {
    const assessed =
      assessment.AssessmentOutcome === 'Y' ||
      assessment.AssessmentOutcome === 'N' ||
      assessment.AssessmentOutcome === 'W';
    if (assessed && assessment.AssessmentOutcomeDate === null)
      found.push(
        issue(
          'assessment_outcome_date_missing',
          'assessment',
          'AssessmentOutcomeDate',
          'Record the date of the decision whether to issue a plan.',
          'request',
          id,
        ),
      );
    if (
      assessment.AssessmentOutcomeDate !== null &&
      request.RequestOutcomeDate !== null &&
      isBefore(assessment.AssessmentOutcomeDate, request.RequestOutcomeDate)
    )
      found.push(
        issue(
          'assessment_before_request_outcome',
          'assessment',
          'AssessmentOutcomeDate',
          'The decision whether to issue is dated before the decision to assess.',
          'request',
          id,
        ),
      );
    const plan = assessment.NamedPlan;
    if (plan !== null) {
      if (
        assessment.AssessmentOutcomeDate !== null &&
        isBefore(plan.StartDate, assessment.AssessmentOutcomeDate)
      )
        found.push(
          issue(
            'plan_before_decision_to_issue',
            'named_plan',
            'StartDate',
            'The final plan is dated before the decision to issue it.',
            'request',
            id,
          ),
        );
      if (plan.CeaseDate !== null && plan.CeaseReason === null)
        found.push(
          issue(
            'cease_reason_missing',
            'named_plan',
            'CeaseReason',
            'Record why the plan ceased.',
            'return_details',
            id,
          ),
        );
      if (plan.CeaseDate !== null && isBefore(plan.CeaseDate, plan.StartDate))
        found.push(
          issue(
            'ceased_before_start',
            'named_plan',
            'CeaseDate',
            'The plan ceased before it started.',
            'return_details',
            id,
          ),
        );
      if (plan.PlanDetail.length === 0)
        found.push(
          issue(
            'plan_without_placement',
            'named_plan',
            'PlanDetail',
            'Record the school or setting named in the plan.',
            'placements',
            id,
          ),
        );
      else found.push(...placementIssues(plan.PlanDetail, id, 'PlanDetail'));
    }
  }
  const active = request.ActivePlans;
  if (active !== null) {
    if (active.SENneed.length === 0)
      found.push(
        issue(
          'sen_type_missing',
          'active_plans',
          'SENtype',
          'Record the child’s primary type of special educational need.',
          'return_details',
          id,
        ),
      );
    if (active.PlacementDetail.length === 0)
      found.push(
        issue(
          'active_plan_without_placement',
          'active_plans',
          'PlacementDetail',
          'The plan is active but no placement is recorded for the census date.',
          'placements',
          id,
        ),
      );
    else
      found.push(
        ...placementIssues(active.PlacementDetail, id, 'PlacementDetail').filter(
          (p) => !found.some((f) => f.rule === p.rule),
        ),
      );
  }
  return found;
}

/** Every reason this person cannot be returned yet; none means the record is ready. */
export function sen2Issues(person: Sen2Person, censusDate: CalendarDate): Sen2Issue[] {
  return [...personIssues(person, censusDate), ...person.Requests.flatMap(requestIssues)];
}
