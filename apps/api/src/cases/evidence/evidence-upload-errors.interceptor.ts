import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';
import { ValidationFailedException } from '../../common/validation.js';
import { EvidenceTooLargeError } from './evidence.errors.js';

/**
 * Bound before FileInterceptor, so it sees what multer refused while reading the form: a file over
 * the size limit becomes our 413 with a message a person can act on, and the form's other limits
 * (a second file, a file in another field, an over-long field) a 400 naming the field.
 */
@Injectable()
export class EvidenceUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => translate(error))));
  }
}

function translate(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) return new EvidenceTooLargeError();
  if (error instanceof BadRequestException && !(error instanceof ValidationFailedException)) {
    const cause = error.cause as { code?: unknown; field?: unknown; message?: unknown } | undefined;
    if (typeof cause?.code === 'string' && cause.code.startsWith('LIMIT_')) {
      const isFile = cause.code === 'LIMIT_FILE_COUNT' || cause.code === 'LIMIT_UNEXPECTED_FILE';
      const field = isFile || typeof cause.field !== 'string' ? 'file' : cause.field;
      const message = isFile ? 'Send one file, in the field named file.' : String(cause.message);
      return new ValidationFailedException([{ field, messages: [message] }]);
    }
  }
  return error;
}
