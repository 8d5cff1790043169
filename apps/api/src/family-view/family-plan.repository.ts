import type { CalendarDate, RequestStage } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** The child's latest request, as far as its plan goes: which plan is out, and since when. */
interface RequestPlanFacts {
  requestId: string;
  stage: RequestStage;
  draftIssuedOn: CalendarDate | null;
  finalIssuedOn: CalendarDate | null;
}

/** A child's plan as their family reads it: which request it belongs to, and who to contact about it. */
export class FamilyPlanRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * The child's latest request (the one their family's view shows), or null if none is recorded. `lockForComments`
   * holds it, so the final plan cannot be issued between checking the draft is open and storing comments on it.
   */
  async latestOfChild(childId: string, lockForComments = false): Promise<RequestPlanFacts | null> {
    const [row] = await this.db.query<
      {
        id: string;
        stage: RequestStage;
        draft_issued_on: CalendarDate | null;
        final_issued_on: CalendarDate | null;
      }[]
    >(
      `SELECT id, stage, draft_issued_on::text, final_issued_on::text FROM ehc_requests
        WHERE child_id = $1 ORDER BY received_on DESC, created_at DESC LIMIT 1
        ${lockForComments ? 'FOR SHARE' : ''}`,
      [childId],
    );
    return row
      ? {
          requestId: row.id,
          stage: row.stage,
          draftIssuedOn: row.draft_issued_on,
          finalIssuedOn: row.final_issued_on,
        }
      : null;
  }

  async familyLinkOfficer(childId: string): Promise<{ name: string; email: string } | null> {
    const [officer] = await this.db.query<{ name: string; email: string }[]>(
      `SELECT u.display_name AS name, u.email FROM children c JOIN users u ON u.id = c.family_link_officer_id
        WHERE c.id = $1`,
      [childId],
    );
    return officer ?? null;
  }
}
