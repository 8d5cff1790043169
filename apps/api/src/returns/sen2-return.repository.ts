import type {
  RequestStage,
  ReviewDecision,
  Sen2CeaseReason,
  Sen2ChildFacts,
  Sen2Ethnicity,
  Sen2SenSetting,
  Sen2SenType,
  Sen2Sex,
  Sen2UpnUnknown,
} from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

interface RequestRow {
  child_id: string;
  case_reference: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  sex: Sen2Sex | null;
  ethnicity: Sen2Ethnicity | null;
  postcode: string | null;
  upn: string | null;
  uln: string | null;
  upn_unknown: Sen2UpnUnknown | null;
  sen_type: Sen2SenType | null;
  second_sen_type: Sen2SenType | null;
  request_id: string;
  received_on: string;
  stage: RequestStage;
  decision_to_assess_on: string | null;
  decision_to_issue_on: string | null;
  final_issued_on: string | null;
  closed_on: string | null;
  plan_ceased_on: string | null;
  plan_cease_reason: Sen2CeaseReason | null;
  review_meeting_on: string | null;
  review_decision_on: string | null;
  review_outcome: ReviewDecision | null;
}

interface PlacementRow {
  id: string;
  child_id: string;
  urn: string | null;
  ukprn: string | null;
  sen_setting: Sen2SenSetting | null;
  sen_setting_other: string | null;
  placement_rank: number;
  entry_date: string;
  leaving_date: string | null;
  sen_unit: boolean;
  resourced_provision: boolean;
}

/** Reads what the SEN2 return is made from: every child with a request received by the census date. */
export class Sen2ReturnRepository {
  constructor(private readonly db: Queryable) {}

  async childrenFor(censusDate: string): Promise<Sen2ChildFacts[]> {
    const rows = await this.db.query<RequestRow[]>(
      `SELECT c.id AS child_id, c.case_reference, c.given_name, c.family_name, c.date_of_birth, c.sex, c.ethnicity,
              c.postcode, c.upn, c.uln, c.upn_unknown, c.sen_type, c.second_sen_type,
              r.id AS request_id, r.received_on, r.stage, r.decision_to_assess_on, r.decision_to_issue_on,
              r.final_issued_on, r.closed_on, r.plan_ceased_on, r.plan_cease_reason,
              review.review_meeting_on, review.decision_on AS review_decision_on,
              review.decision_outcome AS review_outcome
         FROM children c
         JOIN ehc_requests r ON r.child_id = c.id
         LEFT JOIN LATERAL (
           SELECT a.review_meeting_on, a.decision_on, a.decision_outcome FROM annual_reviews a
            WHERE a.request_id = r.id AND a.review_meeting_on <= $1
            ORDER BY a.review_meeting_on DESC LIMIT 1) review ON true
        WHERE r.received_on <= $1
        ORDER BY c.case_reference, r.received_on, r.id`,
      [censusDate],
    );
    const placements = await this.db.query<PlacementRow[]>(
      `SELECT p.id, p.child_id, p.urn, p.ukprn, p.sen_setting, p.sen_setting_other, p.placement_rank, p.entry_date,
              p.leaving_date, p.sen_unit, p.resourced_provision
         FROM placements p WHERE p.entry_date <= $1 ORDER BY p.child_id, p.entry_date`,
      [censusDate],
    );
    const children = new Map<string, Sen2ChildFacts>();
    for (const row of rows) {
      let child = children.get(row.child_id);
      if (!child) {
        child = {
          childId: row.child_id,
          caseReference: row.case_reference,
          familyName: row.family_name,
          givenName: row.given_name,
          dateOfBirth: row.date_of_birth,
          sex: row.sex,
          ethnicity: row.ethnicity,
          postcode: row.postcode,
          upn: row.upn,
          uln: row.uln,
          upnUnknown: row.upn_unknown,
          senType: row.sen_type,
          secondSenType: row.second_sen_type,
          requests: [],
          placements: [],
        };
        children.set(row.child_id, child);
      }
      child.requests.push({
        requestId: row.request_id,
        receivedOn: row.received_on,
        stage: row.stage,
        decisionToAssessOn: row.decision_to_assess_on,
        decisionToIssueOn: row.decision_to_issue_on,
        finalIssuedOn: row.final_issued_on,
        closedOn: row.closed_on,
        planCeasedOn: row.plan_ceased_on,
        planCeaseReason: row.plan_cease_reason,
        lastReview:
          row.review_meeting_on === null
            ? null
            : {
                meetingOn: row.review_meeting_on,
                decisionOn: row.review_decision_on,
                outcome: row.review_outcome,
              },
      });
    }
    for (const row of placements) {
      children.get(row.child_id)?.placements.push({
        placementId: row.id,
        urn: row.urn,
        ukprn: row.ukprn,
        senSetting: row.sen_setting,
        senSettingOther: row.sen_setting_other,
        rank: row.placement_rank === 2 ? 2 : 1,
        entryDate: row.entry_date,
        leavingDate: row.leaving_date,
        senUnit: row.sen_unit,
        resourcedProvision: row.resourced_provision,
      });
    }
    return [...children.values()];
  }

  /** Whether anyone active holds the designated clinical officer's role (the return's DCO flag). */
  async hasDesignatedClinicalOfficer(): Promise<boolean> {
    const [row] = await this.db.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM users WHERE 'dco' = ANY(roles) AND active) AS found`,
    );
    return row?.found ?? false;
  }
}
