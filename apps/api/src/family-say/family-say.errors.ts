import { FAMILY_SAY_ERROR_CODES } from '@convene/contracts';
import { DomainError } from '../common/domain-error.js';

/** Not a child the signed-in account covers now: the same answer as for a child who does not exist. */
export class FamilyChildNotFoundError extends DomainError {
  readonly code = FAMILY_SAY_ERROR_CODES.childNotFound;
  readonly status = 404;
  constructor() {
    super('We cannot find this child for your account.');
  }
}

export class FeedbackAlreadySentTodayError extends DomainError {
  readonly code = FAMILY_SAY_ERROR_CODES.feedbackAlreadySentToday;
  readonly status = 409;
  constructor() {
    super('You have already sent us feedback about this child today. You can send more tomorrow.');
  }
}

export class YouSaidWeDidNotFoundError extends DomainError {
  readonly code = FAMILY_SAY_ERROR_CODES.youSaidWeDidNotFound;
  readonly status = 404;
  constructor() {
    super('There is no "You said, we did" entry with that id.');
  }
}

export class YouSaidWeDidWithdrawnError extends DomainError {
  readonly code = FAMILY_SAY_ERROR_CODES.youSaidWeDidWithdrawn;
  readonly status = 409;
  constructor() {
    super('This entry has already been withdrawn.');
  }
}
