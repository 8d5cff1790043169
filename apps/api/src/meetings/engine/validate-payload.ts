import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { compiledCheck } from '../../common/compiled-check.js';
import { toFieldErrors, unsafeInput } from '../../common/validation.js';
import { MeetingError } from './meeting-error.js';

/**
 * Checks a socket payload against its DTO, as the REST ValidationPipe does: unknown fields refused. A payload that
 * passes the DTO's compiled check is valid; anything else goes to class-validator, whose errors are the answer.
 */
export async function validatePayload<T extends object>(dto: new () => T, payload: unknown): Promise<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new MeetingError('validation_failed', 'The payload must be an object.');
  }
  const problem = unsafeInput(payload);
  if (problem)
    throw new MeetingError('validation_failed', `Some fields are not valid: ${problem.field}`, [problem]);
  const instance = plainToInstance(dto, payload);
  if (compiledCheck(dto)?.(instance)) return instance;
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    const fields = toFieldErrors(errors);
    throw new MeetingError(
      'validation_failed',
      `Some fields are not valid: ${fields.map((f) => f.field).join(', ')}`,
      fields,
    );
  }
  return instance;
}
