import { DomainError, FieldDomainError } from '../common/domain-error.js';

/** A date or step an annual review or phase transfer cannot have: 422 naming the field. */
export class ReviewRuleError extends FieldDomainError {
  readonly code = 'review_rule_broken';
  readonly status = 422;
}

/** A step already recorded is not recorded again: a record is never silently changed after the fact. */
export class AlreadyRecordedError extends DomainError {
  readonly code = 'already_recorded';
  readonly status = 409;
}

export class AnnualReviewNotFoundError extends DomainError {
  readonly code = 'annual_review_not_found';
  readonly status = 404;
  constructor() {
    super('There is no annual review with that id that you can see.');
  }
}

export class PhaseTransferNotFoundError extends DomainError {
  readonly code = 'phase_transfer_not_found';
  readonly status = 404;
  constructor() {
    super('There is no phase transfer with that id that you can see.');
  }
}
