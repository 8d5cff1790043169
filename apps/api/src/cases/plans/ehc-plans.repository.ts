import type { EhcPlanSection } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** An issued plan's request and child, as the plan names them. */
export interface IssuedPlanRow {
  request_id: string;
  final_issued_on: string | null;
  child_id: string;
  case_reference: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  setting_name: string | null;
}

/** Issued EHC plans: the request, the child and family they name, and the plan's sections. */
export class EhcPlansRepository {
  constructor(private readonly db: Queryable) {}

  /** The request, if its final plan is issued. */
  async issued(requestId: string): Promise<IssuedPlanRow | undefined> {
    const [plan] = await this.db.query<IssuedPlanRow[]>(
      `SELECT r.id AS request_id, r.final_issued_on::text, c.id AS child_id, c.case_reference, c.given_name, c.family_name,
              c.date_of_birth::text, c.setting_name
         FROM ehc_requests r JOIN children c ON c.id = r.child_id
        WHERE r.id = $1 AND r.stage = 'final_issued'`,
      [requestId],
    );
    return plan;
  }

  parentCarers(childId: string): Promise<{ name: string; relationship: string }[]> {
    return this.db.query(
      `SELECT name, relationship FROM parent_carers WHERE child_id = $1 ORDER BY name, id`,
      [childId],
    );
  }

  sections(requestId: string): Promise<{ section: EhcPlanSection; text: string }[]> {
    return this.db.query(`SELECT section, text FROM plan_sections WHERE request_id = $1`, [requestId]);
  }
}
