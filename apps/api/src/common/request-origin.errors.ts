import { DomainError } from './domain-error.js';

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'unsupported_media_type';
  readonly status = 415;
  constructor(accepted: string) {
    super(`Send the request body as ${accepted}.`);
  }
}

export class CrossSiteRequestError extends DomainError {
  readonly code = 'cross_site_request';
  readonly status = 403;
  constructor() {
    super('This request came from another website, so it was refused. Use Convene itself.');
  }
}
