/** The one error body every REST endpoint returns on a 4xx or 5xx. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable, machine-readable: integrators switch on this, never on `message`. */
  code: string;
  /** For a person to read. Never contains a stack trace or personal data. */
  message: string;
  /** On a validation failure: each field that was wrong, and why. */
  fields?: FieldError[];
}

export interface FieldError {
  /** Dotted path of the field in the request body or query, e.g. `child.dateOfBirth`. */
  field: string;
  messages: string[];
}

export const ERROR_CODES = {
  validationFailed: 'validation_failed',
  notFound: 'not_found',
  unauthorised: 'unauthorised',
  forbidden: 'forbidden',
  conflict: 'conflict',
  payloadTooLarge: 'payload_too_large',
  rateLimited: 'rate_limited',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
