import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { CASE_IMPORT_FILE_ERROR_CODES } from '@convene/contracts';
import { catchError, throwError, type Observable } from 'rxjs';
import { CaseImportFileError } from './case-import-file.error.js';

/**
 * Bound before FileInterceptor, so it sees what multer refused while reading the form: a file over
 * 10 MiB, or a file in another field or a second file, become answers a person can act on.
 */
@Injectable()
export class CaseImportUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => translate(error))));
  }
}

function translate(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) {
    return new CaseImportFileError(
      CASE_IMPORT_FILE_ERROR_CODES.tooLarge,
      'The file is larger than 10 MiB: split it into smaller files and import each.',
      413,
    );
  }
  const cause =
    error instanceof BadRequestException ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause?.code === 'LIMIT_UNEXPECTED_FILE' || cause?.code === 'LIMIT_FILE_COUNT') {
    return new CaseImportFileError(
      CASE_IMPORT_FILE_ERROR_CODES.missingFile,
      'Send one CSV file, in the multipart form field named "file".',
    );
  }
  return error;
}
