import { Injectable } from '@nestjs/common';
import { GATEWAY_TEAM_REP_ROLES, type Role } from '@convene/domain';
import { DataSource } from 'typeorm';
import { CasesRepository, type CaseScope } from './cases.repository.js';
import { DomainError } from '../common/domain-error.js';
import { hasRole, type SessionUser } from '../identity/session-user.js';

/** Roles that work across the whole caseload: the gateways' coordinators (DCO, DSCO, Principal EP) among them. */
const WHOLE_CASELOAD: readonly Role[] = [
  'admin',
  'chair',
  'panel_member',
  'presenter',
  'dco',
  'dsco',
  'principal_ep',
  'qa_reviewer',
];
/** Roles that need a child's name and date of birth to do their job; everyone else sees the case reference. */
const PERSONAL_FIELDS: readonly Role[] = [
  'admin',
  'chair',
  'presenter',
  'dco',
  'dsco',
  'principal_ep',
  ...GATEWAY_TEAM_REP_ROLES,
];

/** Whether these roles see every child's case (a gateway team's representative sees only their team's). */
export const seesWholeCaseload = (roles: readonly Role[]): boolean =>
  WHOLE_CASELOAD.some((role) => roles.includes(role));

export class CaseNotFoundError extends DomainError {
  readonly code = 'case_not_found';
  readonly status = 404;
  constructor() {
    // The same answer whether the case does not exist or is not the caller's to see: no probing.
    super('There is no case with that reference that you can see.');
  }
}

/**
 * Who may see which children's cases. A gateway team's representative sees only the cases whose advice
 * was triaged to their team; parent reviewers and observers see cases only through a meeting.
 */
@Injectable()
export class CaseAccessService {
  constructor(private readonly dataSource: DataSource) {}

  seesWholeCaseload(user: SessionUser): boolean {
    return seesWholeCaseload(user.roles);
  }

  seesPersonalFields(user: SessionUser): boolean {
    return hasRole(user, ...PERSONAL_FIELDS);
  }

  /** Whose cases the caller sees outside a meeting: all, their team's (those whose advice went to it), or none. */
  scopeOf(user: SessionUser): CaseScope {
    if (this.seesWholeCaseload(user)) return { kind: 'all' };
    if (hasRole(user, ...GATEWAY_TEAM_REP_ROLES)) return { kind: 'team', agencyId: user.agencyId };
    return { kind: 'none' };
  }

  /** Throws CaseNotFoundError unless the caller may see this child's case. */
  async assertCanSee(user: SessionUser, childId: string): Promise<void> {
    if (!(await new CasesRepository(this.dataSource.manager).isInScope(childId, this.scopeOf(user))))
      throw new CaseNotFoundError();
  }
}
