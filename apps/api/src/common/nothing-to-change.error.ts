import { DomainError } from './domain-error.js';

/** A change that names nothing to change: refused, so an empty request never writes an audit record. */
export class NothingToChangeError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
}
