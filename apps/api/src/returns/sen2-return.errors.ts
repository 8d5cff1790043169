import { DomainError } from '../common/domain-error.js';

/** The return's header needs the council's LA number, which is configuration, not a record. */
export class LaNumberNotSetError extends DomainError {
  readonly code = 'la_number_not_set';
  readonly status = 409;
  constructor() {
    super(
      "The council's LA number is not set, so the return cannot carry its header: set COUNCIL_LA_NUMBER and start Convene again.",
    );
  }
}
