import type { EntityManager } from 'typeorm';
import { EhcRequestsRepository } from '../cases/ehc-requests.repository.js';
import { NotAllowedError } from '../identity/identity.errors.js';
import { hasRole, type SessionUser } from '../identity/session-user.js';
import { ReviewRuleError } from './reviews.errors.js';

/** A child's EHC plan as its reviews and transfers need it: the request whose final plan was issued last. */
export interface ChildPlan {
  requestId: string;
  finalIssuedOn: string;
  familyLinkOfficerId: string | null;
}

/**
 * The child's latest final plan, with the child's row locked so that two people recording at once cannot
 * both open the same year's review. Refused (422) when the child has no final plan: there is nothing to review.
 */
export async function lockChildPlan(
  manager: EntityManager,
  childId: string,
  field: string,
): Promise<ChildPlan> {
  const requests = new EhcRequestsRepository(manager);
  const familyLinkOfficerId = await requests.lockChild(childId);
  const plan = await requests.latestFinalPlan(childId);
  if (!plan)
    throw new ReviewRuleError(
      field,
      'This child has no final EHC plan yet: annual reviews and phase transfers are of a final plan.',
    );
  return { requestId: plan.id, finalIssuedOn: plan.final_issued_on, familyLinkOfficerId };
}

/** Reviews and transfers are recorded by the child's Family Link Officer, a SEND manager (chair) or an admin. */
export function assertMayRecord(user: SessionUser, familyLinkOfficerId: string | null): void {
  if (hasRole(user, 'admin', 'chair') || (hasRole(user, 'presenter') && familyLinkOfficerId === user.id))
    return;
  throw new NotAllowedError(
    'Only the child’s Family Link Officer, a SEND manager or an administrator records reviews and transfers.',
  );
}
