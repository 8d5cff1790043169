import { applyDecorators, UseInterceptors, type Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiPayloadTooLargeResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { MAX_EVIDENCE_BYTES } from '@convene/contracts';
import { AcceptsFileUpload } from '../../common/accepts-file-upload.decorator.js';
import { EvidenceItemSummaryDto } from './dto/evidence-item-summary.dto.js';
import { EvidenceUploadErrorsInterceptor } from './evidence-upload-errors.interceptor.js';

/** One file of at most 20 MB, kept in memory until it is committed with its record. */
export const UPLOAD_LIMITS = {
  limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, fieldSize: 4 * 1024 },
  // Browsers send a file name as UTF-8; multer would otherwise read it as Latin-1.
  defParamCharset: 'utf8',
};

/**
 * A route that stores one document through the case's evidence pipeline: multipart with a `file`, a `kind` of
 * these and a `title` (and any other fields named), answered with the new document or the pipeline's refusals.
 * A family's route names no title (the kind is the title) and answers in its own shape (`response`).
 */
export function EvidenceUpload(
  kinds: readonly string[],
  otherFields: Record<string, { type: 'string'; format?: string; description?: string }> = {},
  options: { title?: boolean; response?: Type<unknown> } = {},
) {
  const title = options.title ?? true;
  return applyDecorators(
    AcceptsFileUpload(),
    UseInterceptors(EvidenceUploadErrorsInterceptor, FileInterceptor('file', UPLOAD_LIMITS)),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: title ? ['file', 'kind', 'title'] : ['file', 'kind'],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description: 'PDF, Word (.docx), PNG, JPEG or WebP; at most 20 MB',
          },
          kind: { type: 'string', enum: [...kinds] },
          ...(title ? { title: { type: 'string', minLength: 1, maxLength: 200 } } : {}),
          ...otherFields,
        },
      },
    }),
    ApiCreatedResponse({ type: options.response ?? EvidenceItemSummaryDto }),
    ApiBadRequestResponse({
      description:
        'A field is missing or not valid, the file among them (code validation_failed, with fields)',
    }),
    ApiPayloadTooLargeResponse({ description: 'The file is over 20 MB (code payload_too_large)' }),
    ApiUnsupportedMediaTypeResponse({
      description:
        'The content is none of the accepted types (code unsupported_file_type); nothing is stored',
    }),
  );
}
