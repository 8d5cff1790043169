import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GATEWAY_TEAM_REP_ROLES, ROLE_LABELS } from '@convene/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { seesWholeCaseload } from '../cases/case-access.service.js';
import { CaseOwnershipRepository, type CaseOwners } from '../cases/case-ownership.repository.js';
import { logSecurityRefusal } from '../common/security-log.js';
import { allows, findMatrixRow, type Access, type CaseOwnership } from './authorization-matrix.js';
import { NotAllowedError } from './identity.errors.js';
import { hasRole, type SessionUser } from './session-user.js';

/** Whether the caller owns the case: its Family Link Officer, or a gateway team it was triaged to. */
function ownsCase(user: SessionUser, owners: CaseOwners | null): boolean {
  if (!owners) return false;
  return (
    (hasRole(user, 'presenter') && owners.familyLinkOfficerId === user.id) ||
    (hasRole(user, ...GATEWAY_TEAM_REP_ROLES) && owners.teamIds.includes(user.agencyId))
  );
}

/**
 * Runs after the AccessGuard on every REST route: where the authorization matrix says a route writes to one
 * child's case, a caller whose role does not reach every case must own this one, or is refused (403) before
 * anything is read or written, and the refusal is logged.
 */
@Injectable()
export class CaseOwnershipGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const path = (request.route as { path?: string } | undefined)?.path ?? request.path;
    const row = findMatrixRow(request.method, path);
    const owner = row?.owner;
    const user = request.sessionUser;
    if (!row || !owner || !user || hasRole(user, ...owner.anyCase)) return true;
    const id = caseId(request, owner);
    const owners = id
      ? await new CaseOwnershipRepository(this.dataSource.manager).ownersOf(owner.key, id)
      : null;
    if (ownsCase(user, owners)) return true;
    // A case that does not exist is left to the service's "not found" for those who see every case; to those who
    // see only their team's, the answer is the same as for a case that is not theirs, so nothing can be probed.
    if (!owners && seesWholeCaseload(user.roles)) return true;
    logSecurityRefusal({
      kind: 'authorization',
      who: user.id,
      what: `${request.method} ${path}`,
      why: 'forbidden: not the owner of the case',
      address: request.ip,
    });
    throw new NotAllowedError(refusal(row.access, owner));
  }
}

/** "This is not your case: only …, … or … may do this", naming who may, in the council's words. */
function refusal(access: Access, owner: CaseOwnership): string {
  const owners = [
    ...(allows(access, ['presenter']) ? ['the child’s Family Link Officer'] : []),
    ...(GATEWAY_TEAM_REP_ROLES.some((role) => allows(access, [role]))
      ? [owner.key === 'adviceId' ? 'the team it was sent to' : 'a team it was triaged to']
      : []),
    ...owner.anyCase.map((role) => `a ${ROLE_LABELS[role].toLowerCase()}`),
  ];
  const who = owners.length > 1 ? `${owners.slice(0, -1).join(', ')} or ${owners.at(-1)}` : owners.join('');
  return `This is not your case: only ${who} may do this.`;
}

/** The case's id from the route, or for a new record from the body (checked as a string only: the pipe validates). */
function caseId(request: Request, owner: CaseOwnership): string | null {
  const fromPath = request.params[owner.key];
  if (typeof fromPath === 'string') return fromPath;
  const body: unknown = request.body;
  const fromBody =
    body && typeof body === 'object' ? (body as Record<string, unknown>)[owner.key] : undefined;
  return typeof fromBody === 'string' ? fromBody : null;
}
