import { DomainError } from '../../common/domain-error.js';

/** The same answer whether there is no issued plan there or it is not the caller's to read: no probing. */
export class PlanNotFoundError extends DomainError {
  readonly code = 'plan_not_found';
  readonly status = 404;
  constructor() {
    super('There is no issued plan there that you can read.');
  }
}
