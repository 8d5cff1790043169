import type { AdviceRequestView, CaseRequestSummary, StatutoryExceptionView } from '@convene/contracts';
import type { RequestStage } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A request for assessment as the database keeps it. */
export interface EhcRequestRow {
  id: string;
  child_id: string;
  stage: RequestStage;
  received_on: string;
  source: CaseRequestSummary['source'];
  decision_to_assess_on: string | null;
  decision_to_issue_on: string | null;
  draft_issued_on: string | null;
  final_issued_on: string | null;
  closed_on: string | null;
}

/** A step along a request's path, with who recorded it. */
interface RequestStepRow {
  request_id: string;
  stage: RequestStage;
  occurred_on: string;
  recorded_at: Date;
  note: string | null;
  user_id: string | null;
  /** Set with the user. */
  display_name: string;
}

/** An exception to a request's time limits. */
interface StatutoryExceptionRow {
  id: string;
  request_id: string;
  regulation: StatutoryExceptionView['regulation'];
  kind: StatutoryExceptionView['kind'];
  starts_on: string;
  ends_on: string | null;
  advice_request_id: string | null;
  advice_asked_on: string | null;
  note: string | null;
}

/** A request for advice for an assessment, with the agency it is with. */
interface AdviceRequestRow {
  id: string;
  request_id: string;
  advice_kind: AdviceRequestView['adviceKind'];
  agency_id: string | null;
  agency_name: string | null;
  requested_on: string;
  returned_on: string | null;
  status: AdviceRequestView['status'];
}

/** One child's requests and all that happened to them, as the case page and the statutory clock read them. */
export interface RequestRows {
  requests: EhcRequestRow[];
  steps: RequestStepRow[];
  exceptions: StatutoryExceptionRow[];
  advice: AdviceRequestRow[];
}

/** A request locked while a step or an exception is recorded on it. */
export interface LockedRequest {
  id: string;
  child_id: string;
  stage: RequestStage;
  received_on: string;
  draft_issued_on: string | null;
  family_link_officer_id: string | null;
  /** The day of its latest step, or of its receipt when it has none. */
  last_step_on: string;
}

/** A step to record: the stage reached, the day, and the column that keeps that day (if the stage has one). */
export interface StepToRecord {
  stage: RequestStage;
  occurredOn: string;
  dateColumn: string | null;
  closes: boolean;
  recordedBy: string;
  note: string | null;
}

export interface NewStatutoryException {
  regulation: StatutoryExceptionView['regulation'];
  kind: StatutoryExceptionView['kind'];
  startsOn: string;
  endsOn: string | null;
  adviceRequestId: string | null;
  adviceAskedOn: string | null;
  note: string | null;
}

/** Requests for assessment: their path, step by step, and the exceptions to their time limits. */
export class EhcRequestsRepository {
  constructor(private readonly db: Queryable) {}

  /** Reads and locks the request, so two people recording at once cannot both move it. */
  async lock(requestId: string): Promise<LockedRequest | undefined> {
    const [request] = await this.db.query<
      (Omit<LockedRequest, 'last_step_on'> & { last_step_on: string | null })[]
    >(
      `SELECT r.id, r.child_id, r.stage, r.received_on, r.draft_issued_on, c.family_link_officer_id,
        (SELECT max(occurred_on) FROM request_events e WHERE e.request_id = r.id) AS last_step_on
   FROM ehc_requests r JOIN children c ON c.id = r.child_id
  WHERE r.id = $1 FOR UPDATE OF r`,
      [requestId],
    );
    return request && { ...request, last_step_on: request.last_step_on ?? request.received_on };
  }

  /** A new request for assessment, received, with its first step; its id. */
  async open(
    childId: string,
    receivedOn: string,
    source: CaseRequestSummary['source'],
    recordedBy: string,
  ): Promise<string> {
    const [request] = await this.db.query<{ id: string }[]>(
      `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, $2, $3, 'received') RETURNING id`,
      [childId, receivedOn, source],
    );
    await this.db.query(
      `INSERT INTO request_events (request_id, stage, occurred_on, recorded_by) VALUES ($1, 'received', $2, $3)`,
      [request!.id, receivedOn, recordedBy],
    );
    return request!.id;
  }

  /** Moves the request to the step's stage, keeps its day, and records the step. */
  async recordStep(requestId: string, step: StepToRecord): Promise<void> {
    await this.db.query(
      `UPDATE ehc_requests SET stage = $2${step.dateColumn ? `, ${step.dateColumn} = $3` : ''}${step.closes ? ', closed_on = $3' : ''} WHERE id = $1`,
      [requestId, step.stage, step.occurredOn],
    );
    await this.db.query(
      `INSERT INTO request_events (request_id, stage, occurred_on, recorded_by, note) VALUES ($1, $2, $3, $4, $5)`,
      [requestId, step.stage, step.occurredOn, step.recordedBy, step.note],
    );
  }

  /** Its id. */
  async recordException(requestId: string, exception: NewStatutoryException): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, advice_request_id, advice_asked_on, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        requestId,
        exception.regulation,
        exception.kind,
        exception.startsOn,
        exception.endsOn,
        exception.adviceRequestId,
        exception.adviceAskedOn,
        exception.note,
      ],
    );
    return row!.id;
  }

  /** Locks the child's row for the transaction; their Family Link Officer, if any. */
  async lockChild(childId: string): Promise<string | null> {
    const [child] = await this.db.query<{ family_link_officer_id: string | null }[]>(
      `SELECT family_link_officer_id FROM children WHERE id = $1 FOR UPDATE`,
      [childId],
    );
    return child?.family_link_officer_id ?? null;
  }

  /** The child's request whose final plan was issued last. */
  async latestFinalPlan(childId: string): Promise<{ id: string; final_issued_on: string } | undefined> {
    const [plan] = await this.db.query<{ id: string; final_issued_on: string }[]>(
      `SELECT id, final_issued_on FROM ehc_requests WHERE child_id = $1 AND final_issued_on IS NOT NULL ORDER BY final_issued_on DESC, id LIMIT 1`,
      [childId],
    );
    return plan;
  }

  async isOfChild(requestId: string, childId: string): Promise<boolean> {
    return (
      (
        await this.db.query<unknown[]>(`SELECT 1 FROM ehc_requests WHERE id = $1 AND child_id = $2`, [
          requestId,
          childId,
        ])
      ).length > 0
    );
  }

  /** When the advice was asked for, if it is one of the request's. */
  async adviceAskedOn(adviceRequestId: string, requestId: string): Promise<string | undefined> {
    const [advice] = await this.db.query<{ requested_on: string }[]>(
      `SELECT requested_on FROM advice_requests WHERE id = $1 AND request_id = $2`,
      [adviceRequestId, requestId],
    );
    return advice?.requested_on;
  }

  /** Every request of the child, latest first, with its steps, exceptions and requests for advice. */
  ofChild(childId: string): Promise<RequestRows> {
    return this.rowsOf(`r.child_id = $1`, [childId]);
  }

  /** Every request still on the 20-week path (no final plan, not closed), with all that happened to it. */
  onThePath(): Promise<RequestRows> {
    return this.rowsOf(`r.final_issued_on IS NULL AND r.closed_on IS NULL`, []);
  }

  private async rowsOf(requestsWhere: string, params: unknown[]): Promise<RequestRows> {
    return {
      requests: await this.db.query(
        `SELECT r.* FROM ehc_requests r WHERE ${requestsWhere} ORDER BY r.received_on DESC, r.created_at DESC`,
        params,
      ),
      steps: await this.db.query(
        `SELECT e.request_id, e.stage, e.occurred_on, e.recorded_at, e.note, u.id AS user_id, u.display_name
           FROM request_events e JOIN ehc_requests r ON r.id = e.request_id LEFT JOIN users u ON u.id = e.recorded_by
          WHERE ${requestsWhere} ORDER BY e.occurred_on, e.recorded_at`,
        params,
      ),
      exceptions: await this.db.query(
        `SELECT x.* FROM statutory_exceptions x JOIN ehc_requests r ON r.id = x.request_id WHERE ${requestsWhere} ORDER BY x.starts_on`,
        params,
      ),
      advice: await this.db.query(
        `SELECT a.*, g.name AS agency_name FROM advice_requests a JOIN ehc_requests r ON r.id = a.request_id
           LEFT JOIN agencies g ON g.id = a.agency_id WHERE ${requestsWhere} ORDER BY a.requested_on, a.advice_kind`,
        params,
      ),
    };
  }
}
