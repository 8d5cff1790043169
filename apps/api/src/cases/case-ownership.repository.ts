import type { CaseKey } from '../identity/authorization-matrix.js';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** How each key reaches the child whose case it is, and (for an advice) the team it was sent to. */
const CASE_OF: Record<CaseKey, string> = {
  childId: `SELECT c.id AS child_id, NULL::uuid AS agency_id, false AS one_advice FROM children c WHERE c.id = $1`,
  requestId: `SELECT r.child_id, NULL::uuid AS agency_id, false AS one_advice FROM ehc_requests r WHERE r.id = $1`,
  reviewId: `SELECT v.child_id, NULL::uuid AS agency_id, false AS one_advice FROM annual_reviews v WHERE v.id = $1`,
  transferId: `SELECT t.child_id, NULL::uuid AS agency_id, false AS one_advice FROM phase_transfers t WHERE t.id = $1`,
  adviceId: `SELECT r.child_id, a.agency_id, true AS one_advice FROM advice_requests a JOIN ehc_requests r ON r.id = a.request_id WHERE a.id = $1`,
};

/** Who owns a child's case, as the authorization matrix's ownership rule asks. */
export interface CaseOwners {
  /** The child's Family Link Officer. */
  familyLinkOfficerId: string | null;
  /** The health teams the case's advice was triaged to (for an advice: only the team it was sent to). */
  teamIds: string[];
}

export class CaseOwnershipRepository {
  constructor(private readonly db: Queryable) {}

  /** The case's owners, or null when there is no such case (or the id is not an id at all). */
  async ownersOf(key: CaseKey, id: string): Promise<CaseOwners | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const [row] = await this.db.query<{ flo_id: string | null; team_ids: string[] }[]>(
      `WITH target AS (${CASE_OF[key]})
       SELECT c.family_link_officer_id AS flo_id,
              CASE WHEN t.one_advice THEN ARRAY_REMOVE(ARRAY[t.agency_id], NULL)
                   ELSE ARRAY(SELECT DISTINCT a.agency_id FROM advice_requests a JOIN ehc_requests r ON r.id = a.request_id
                               WHERE r.child_id = c.id AND a.agency_id IS NOT NULL) END AS team_ids
         FROM target t JOIN children c ON c.id = t.child_id`,
      [id],
    );
    return row ? { familyLinkOfficerId: row.flo_id, teamIds: row.team_ids } : null;
  }
}
