import {
  VULNERABILITY_MARKERS,
  type NeedArea,
  type RequestStage,
  type VulnerabilityMarker,
} from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';
import type { ImportedChild, ImportedException, ImportedRequest, ImportedStep } from './imported-case.js';

/** What is recorded now for a case reference: the child, its latest request, that request's exceptions. */
export interface RecordedCase {
  id: string;
  child: ImportedChild;
  requestId: string | null;
  requestCount: number;
  request: ImportedRequest | null;
  exceptions: (ImportedException & { id: string; note: string | null })[];
}

interface RecordedRow {
  id: string;
  case_reference: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  year_group: number;
  setting_name: string | null;
  locality_id: string;
  family_link_officer_id: string | null;
  primary_need: NeedArea;
  vulnerability_markers: VulnerabilityMarker[];
  request_id: string | null;
  received_on: string;
  source: ImportedRequest['source'];
  stage: RequestStage | null;
  decision_to_assess_on: string | null;
  decision_to_issue_on: string | null;
  draft_issued_on: string | null;
  final_issued_on: string | null;
  closed_on: string | null;
  request_count: number;
  exceptions: RecordedCase['exceptions'];
}

/** What the case-management import reads and writes: children, their latest request, its steps and exceptions. */
export class ImportedCasesRepository {
  constructor(private readonly db: Queryable) {}

  /** What is recorded for these references; with `lock`, the children are locked so two imports of a case cannot interleave. */
  async recorded(caseReferences: string[], lock: boolean): Promise<Map<string, RecordedCase>> {
    const rows = await this.db.query<RecordedRow[]>(
      `SELECT c.id, c.case_reference, c.given_name, c.family_name, c.date_of_birth, c.year_group, c.setting_name, c.locality_id,
              c.family_link_officer_id, c.primary_need, c.vulnerability_markers,
              r.id AS request_id, r.received_on, r.source, r.stage, r.decision_to_assess_on, r.decision_to_issue_on,
              r.draft_issued_on, r.final_issued_on, r.closed_on,
              (SELECT count(*)::int FROM ehc_requests n WHERE n.child_id = c.id) AS request_count,
              (SELECT coalesce(json_agg(json_build_object('id', x.id, 'regulation', x.regulation, 'kind', x.kind, 'startsOn', x.starts_on,
                                                          'endsOn', x.ends_on, 'adviceAskedOn', x.advice_asked_on, 'note', x.note) ORDER BY x.recorded_at), '[]')
                 FROM statutory_exceptions x WHERE x.request_id = r.id) AS exceptions
         FROM children c
         LEFT JOIN LATERAL (SELECT * FROM ehc_requests q WHERE q.child_id = c.id ORDER BY q.received_on DESC, q.created_at DESC LIMIT 1) r ON true
        WHERE c.case_reference = ANY($1::text[])
        ${lock ? 'FOR UPDATE OF c' : ''}`,
      [caseReferences],
    );
    return new Map(rows.map((row) => [row.case_reference, toRecordedCase(row)]));
  }

  /** Its id. */
  async addRequest(childId: string, request: ImportedRequest): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO ehc_requests (child_id, received_on, source, stage, decision_to_assess_on, decision_to_issue_on, draft_issued_on, final_issued_on, closed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [childId, ...requestValues(request)],
    );
    return row!.id;
  }

  async updateRequest(requestId: string, request: ImportedRequest): Promise<void> {
    await this.db.query(
      `UPDATE ehc_requests SET received_on = $2, source = $3, stage = $4, decision_to_assess_on = $5, decision_to_issue_on = $6,
                                 draft_issued_on = $7, final_issued_on = $8, closed_on = $9
          WHERE id = $1`,
      [requestId, ...requestValues(request)],
    );
  }

  /** One step for each point reached that the request's history does not already show on that day. */
  async recordSteps(
    requestId: string,
    actorId: string,
    note: string,
    steps: readonly ImportedStep[],
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO request_events (request_id, stage, occurred_on, recorded_by, note)
       SELECT $1, s.stage, s.occurred_on, $2, $3
         FROM unnest($4::text[], $5::date[]) WITH ORDINALITY AS s(stage, occurred_on, n)
        WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = $1 AND e.stage = s.stage AND e.occurred_on = s.occurred_on)
        ORDER BY s.n`,
      [requestId, actorId, note, steps.map((s) => s.stage), steps.map((s) => s.occurredOn)],
    );
  }

  async correctException(exceptionId: string, exception: ImportedException): Promise<void> {
    await this.db.query(
      `UPDATE statutory_exceptions SET regulation = $2, kind = $3, starts_on = $4, ends_on = $5, advice_asked_on = $6 WHERE id = $1`,
      [
        exceptionId,
        exception.regulation,
        exception.kind,
        exception.startsOn,
        exception.endsOn,
        exception.adviceAskedOn,
      ],
    );
  }

  async addException(requestId: string, exception: ImportedException, note: string): Promise<void> {
    await this.db.query(
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, advice_asked_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        requestId,
        exception.regulation,
        exception.kind,
        exception.startsOn,
        exception.endsOn,
        exception.adviceAskedOn,
        note,
      ],
    );
  }
}

function toRecordedCase(row: RecordedRow): RecordedCase {
  return {
    id: row.id,
    child: {
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      yearGroup: row.year_group,
      settingName: row.setting_name,
      localityId: row.locality_id,
      familyLinkOfficerId: row.family_link_officer_id,
      primaryNeed: row.primary_need,
      vulnerabilityMarkers: VULNERABILITY_MARKERS.filter((marker) =>
        row.vulnerability_markers.includes(marker),
      ),
    },
    requestId: row.request_id,
    requestCount: row.request_count,
    request: row.request_id
      ? {
          receivedOn: row.received_on,
          source: row.source,
          stage: row.stage!,
          decisionToAssessOn: row.decision_to_assess_on,
          decisionToIssueOn: row.decision_to_issue_on,
          draftIssuedOn: row.draft_issued_on,
          finalIssuedOn: row.final_issued_on,
          closedOn: row.closed_on,
        }
      : null,
    exceptions: row.exceptions,
  };
}

function requestValues(request: ImportedRequest): unknown[] {
  return [
    request.receivedOn,
    request.source,
    request.stage,
    request.decisionToAssessOn,
    request.decisionToIssueOn,
    request.draftIssuedOn,
    request.finalIssuedOn,
    request.closedOn,
  ];
}
