import { ERROR_CODES, MAX_EVIDENCE_BYTES, UNSUPPORTED_FILE_TYPE } from '@convene/contracts';
import { DomainError } from '../../common/domain-error.js';

export class UnsupportedEvidenceTypeError extends DomainError {
  readonly code = UNSUPPORTED_FILE_TYPE;
  readonly status = 415;
  constructor() {
    super(
      'This file is not a PDF, a Word document (.docx), or a PNG, JPEG or WebP image; only those can be added as evidence. The type is read from what the file contains, not from its name.',
    );
  }
}

export class EvidenceTooLargeError extends DomainError {
  readonly code = ERROR_CODES.payloadTooLarge;
  readonly status = 413;
  constructor() {
    super(
      `The file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB, the most a document may be. Save it smaller (a scan at a lower resolution, for example) or split it.`,
    );
  }
}

export class EvidenceNotFoundError extends DomainError {
  readonly code = 'evidence_not_found';
  readonly status = 404;
  constructor() {
    // The same answer whether the document does not exist or is in a case the caller may not see.
    super('There is no document with that id that you can see.');
  }
}
