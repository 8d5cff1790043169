import type { MeetingErrorCode } from '@convene/contracts';
import { DomainError } from '../../common/domain-error.js';

const STATUS: Record<MeetingErrorCode, number> = {
  validation_failed: 400,
  unauthorised: 401,
  two_step_enrolment_required: 403,
  not_a_member: 403,
  forbidden: 403,
  meeting_not_found: 404,
  item_not_found: 404,
  wrong_state: 409,
  inquorate: 409,
  recused: 409,
  confirmation_required: 409,
  rate_limited: 429,
  idempotency_key_reused: 409,
  unavailable: 503,
  internal_error: 500,
};

/** A command the meeting's rules refuse. Over the socket it becomes `{ ok: false, code, message }`. */
export class MeetingError extends DomainError {
  readonly status: number;

  constructor(
    readonly code: MeetingErrorCode,
    message: string,
    readonly fields?: { field: string; messages: string[] }[],
    /** With `rate_limited`: how long until this person's commands are taken again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** A command field the rules refuse: `validation_failed`, naming the field. */
export const invalidField = (field: string, message: string) =>
  new MeetingError('validation_failed', message, [{ field, messages: [message] }]);
