import { FAMILY_PLAN_ERROR_CODES } from '@convene/contracts';
import { DomainError } from '../common/domain-error.js';

/** No plan issued for this child that the signed-in family member may read: the same answer as for a child unknown. */
export class FamilyPlanNotFoundError extends DomainError {
  readonly code = FAMILY_PLAN_ERROR_CODES.notFound;
  readonly status = 404;
  constructor() {
    super('We cannot find a plan for this child on your account.');
  }
}

/** Comments on the draft are taken only while it is out and its 15 days last (reg 13(1)). */
export class DraftCommentsClosedError extends DomainError {
  readonly code = FAMILY_PLAN_ERROR_CODES.commentsClosed;
  readonly status = 409;
  constructor() {
    super(
      'You cannot send comments on the draft plan now. The time to comment has ended, or there is no draft to comment on. Contact your Family Link Officer.',
    );
  }
}
