import type { AgendaItemKind } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** The request a case must have for each kind of item: a stage it is at (a panel request is found elsewhere). */
const AWAITING_REQUEST: Partial<Record<AgendaItemKind, string>> = {
  decision_to_assess: `stage = 'received'`,
  decision_to_issue: `stage = 'assessment'`,
  health_funding: `stage IN ('draft_issued', 'final_issued')`,
  joint_funding: `stage IN ('draft_issued', 'final_issued')`,
  advice_triage: `EXISTS (SELECT 1 FROM advice_requests a WHERE a.request_id = ehc_requests.id AND a.advice_kind = 'health' AND a.status = 'awaiting_triage')`,
};

/** Children and their requests for assessment: the case. */
export class CasesRepository {
  constructor(private readonly db: Queryable) {}

  async byReference(caseReference: string): Promise<{ id: string; family_link_officer_id: string | null } | undefined> {
    const [child] = await this.db.query<{ id: string; family_link_officer_id: string | null }[]>(
      `SELECT id, family_link_officer_id FROM children WHERE case_reference = $1`,
      [caseReference],
    );
    return child;
  }

  /** A request for assessment: its stage and the day it was received. */
  async request(requestId: string): Promise<{ id: string; stage: string; received_on: string } | undefined> {
    const [request] = await this.db.query<{ id: string; stage: string; received_on: string }[]>(`SELECT id, stage, received_on FROM ehc_requests WHERE id = $1`, [requestId]);
    return request;
  }

  /** Whether an item of this kind is decided on a request for assessment (otherwise on a panel request). */
  static decidesOnRequest(kind: AgendaItemKind): boolean {
    return AWAITING_REQUEST[kind] !== undefined;
  }

  /** The child's latest request for assessment at the stage an item of this kind decides on. */
  async latestRequestAwaiting(childId: string, kind: AgendaItemKind): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(`SELECT id FROM ehc_requests WHERE child_id = $1 AND ${AWAITING_REQUEST[kind]} ORDER BY received_on DESC LIMIT 1`, [childId]);
    return row?.id;
  }
}
