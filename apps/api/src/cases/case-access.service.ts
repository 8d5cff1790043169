import { Injectable } from '@nestjs/common';
import type { Role } from '@convene/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { hasRole, type SessionUser } from '../identity/session-user.js';

/** Roles that work across the whole caseload. */
const WHOLE_CASELOAD: readonly Role[] = ['admin', 'chair', 'panel_member', 'presenter', 'dco', 'qa_reviewer'];
/** Roles that need a child's name and date of birth to do their job; everyone else sees the case reference. */
const PERSONAL_FIELDS: readonly Role[] = ['admin', 'chair', 'presenter', 'dco', 'health_team_rep'];

export class CaseNotFoundError extends DomainError {
  readonly code = 'case_not_found';
  readonly status = 404;
  constructor() {
    // The same answer whether the case does not exist or is not the caller's to see: no probing.
    super('There is no case with that reference that you can see.');
  }
}

/**
 * Who may see which children's cases. A health team representative sees only the cases whose advice
 * was triaged to their team; parent reviewers and observers see cases only through a meeting.
 */
@Injectable()
export class CaseAccessService {
  constructor(private readonly dataSource: DataSource) {}

  seesWholeCaseload(user: SessionUser): boolean {
    return hasRole(user, ...WHOLE_CASELOAD);
  }

  seesPersonalFields(user: SessionUser): boolean {
    return hasRole(user, ...PERSONAL_FIELDS);
  }

  /**
   * A SQL condition on a child id column limiting rows to the caller's cases; `$n` placeholders are
   * numbered from `nextParameter`. Returns null when the caller sees the whole caseload.
   */
  childFilter(user: SessionUser, childIdColumn: string, nextParameter: number): { sql: string; parameters: unknown[] } | null {
    if (this.seesWholeCaseload(user)) return null;
    if (hasRole(user, 'health_team_rep')) {
      return {
        sql: `${childIdColumn} IN (SELECT r.child_id FROM ehc_requests r JOIN advice_requests a ON a.request_id = r.id WHERE a.agency_id = $${nextParameter})`,
        parameters: [user.agencyId],
      };
    }
    return { sql: 'false', parameters: [] };
  }

  /** Throws CaseNotFoundError unless the caller may see this child's case. */
  async assertCanSee(user: SessionUser, childId: string): Promise<void> {
    const filter = this.childFilter(user, 'c.id', 2);
    const rows = await this.dataSource.query(
      `SELECT 1 FROM children c WHERE c.id = $1 ${filter ? `AND ${filter.sql}` : ''}`,
      [childId, ...(filter?.parameters ?? [])],
    );
    if (rows.length === 0) throw new CaseNotFoundError();
  }
}
