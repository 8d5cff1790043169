import { DomainError } from '../common/domain-error.js';

/** No request for this child that the signed-in family member may see: the same answer as for a child unknown. */
export class FamilyRequestNotFoundError extends DomainError {
  readonly code = 'family_request_not_found';
  readonly status = 404;
  constructor() {
    super('We cannot find this request for your account.');
  }
}

/** No such decision for this child: one the family's child does not have, or another child's. */
export class FamilyDecisionNotFoundError extends DomainError {
  readonly code = 'family_decision_not_found';
  readonly status = 404;
  constructor() {
    super('We cannot find this decision for your account.');
  }
}
