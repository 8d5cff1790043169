import { DomainError, FieldDomainError } from '../common/domain-error.js';

/** A step the register refuses: a date before the decision or still to come, an outcome of another kind. 422 naming the field. */
export class DisagreementRuleError extends FieldDomainError {
  readonly code = 'disagreement_rule_broken';
  readonly status = 422;
}

export class DisagreementNotFoundError extends DomainError {
  readonly code = 'disagreement_not_found';
  readonly status = 404;
  constructor() {
    super('There is no such disagreement on this case.');
  }
}
