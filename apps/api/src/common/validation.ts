import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ERROR_CODES, type ApiErrorBody, type FieldError } from '@convene/contracts';

/** Flattens class-validator's nested errors into one entry per dotted field path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export class ValidationFailedException extends BadRequestException {
  constructor(readonly fields: FieldError[]) {
    const body: ApiErrorBody = {
      statusCode: 400,
      code: ERROR_CODES.validationFailed,
      message: `Some fields are not valid: ${fields.map((f) => f.field).join(', ')}`,
      fields,
    };
    super(body);
  }
}

/** Every input is checked against its DTO; unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
