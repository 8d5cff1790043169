import {
  BadRequestException,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';
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

/**
 * No input of ours nests more than a few levels. Far deeper JSON (a 1 MB body holds 500 000 brackets)
 * would overflow class-transformer's recursion, a RangeError that became a 500, so it is refused first.
 */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What class-transformer, class-validator and PostgreSQL cannot take, refused before they see it:
 * nesting too deep for their recursion; keys named like Object.prototype's members (`__proto__`,
 * `constructor`, `toString`…) and `prototype`, which Nest's pipe and class-transformer drop silently,
 * so whitelisting never refused them; U+0000 in a string, which no PostgreSQL text column can hold
 * (the INSERT failed: a 500); and a lone surrogate (`"\ud800"` in JSON), which is no character at all:
 * validator.js's isEmail threw on it (a 500 from sign-in), and UTF-8 would turn it into U+FFFD.
 * Iterative, so it cannot overflow itself. Returns the offending field, or null.
 */
export function unsafeInput(value: unknown, limit = MAX_INPUT_DEPTH): FieldError | null {
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length > 0) {
    const [current, depth, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000'))
        return { field: path, messages: ['must not contain the character U+0000'] };
      if (LONE_SURROGATE.test(current))
        return { field: path, messages: ['must be well-formed Unicode text'] };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit)
      return {
        field: path.split('.')[0]!,
        messages: [`must not nest deeper than ${MAX_INPUT_DEPTH} levels`],
      };
    for (const [key, child] of Object.entries(current)) {
      const field = path ? `${path}.${key}` : key;
      if (key in Object.prototype || key === 'prototype')
        return { field, messages: [`property ${key} should not exist`] };
      stack.push([child, depth + 1, field]);
    }
  }
  return null;
}

class InputCheckingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what the pipe hands to class-transformer: a socket payload (typed unknown) is checked by validatePayload.
    const problem = this.toValidate(metadata) ? unsafeInput(value) : null;
    if (problem) throw new ValidationFailedException([{ ...problem, field: problem.field || metadata.type }]);
    return super.transform(value, metadata);
  }
}

/** Every input is checked against its DTO; unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new InputCheckingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
