import { DomainError } from '../common/domain-error.js';

/** No request for this child that the signed-in family member may see: the same answer as for a child unknown. */
export class FamilyRequestNotFoundError extends DomainError {
  readonly code = 'family_request_not_found';
  readonly status = 404;
  constructor() {
    super('We cannot find this request for your account.');
  }
}
