import type { CaseImportFileErrorCode, FieldError } from '@convene/contracts';
import { DomainError } from '../../common/domain-error.js';

/**
 * The uploaded file as a whole cannot be imported (missing, too large, not CSV, no header, missing
 * columns, too many rows): 400 (413 when too large) naming the `file` field, before any row is written.
 */
export class CaseImportFileError extends DomainError {
  constructor(
    readonly code: CaseImportFileErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }

  get fields(): FieldError[] {
    return [{ field: 'file', messages: [this.message] }];
  }
}
