import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, type EvidenceItemSummary } from '@convene/contracts';
import { EVIDENCE_KINDS } from '@convene/domain';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { EvidenceItemSummaryDto } from './dto/evidence-item-summary.dto.js';
import { UploadEvidenceDto } from './dto/upload-evidence.dto.js';
import { EvidenceUploadErrorsInterceptor } from './evidence-upload-errors.interceptor.js';
import { EvidenceService } from './evidence.service.js';
import type { UploadedEvidenceFile } from './uploaded-evidence-file.js';
import { AcceptsFileUpload } from '../../common/accepts-file-upload.decorator.js';

/** One file of at most 20 MB, kept in memory until it is committed with its record. */
export const UPLOAD_LIMITS = {
  limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, fieldSize: 4 * 1024 },
  // Browsers send a file name as UTF-8; multer would otherwise read it as Latin-1.
  defParamCharset: 'utf8',
};

@ApiTags('evidence')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@Controller('cases')
export class CaseEvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get(':childId/evidence')
  @ApiOperation({ summary: "A case's evidence documents, newest first (without the files)" })
  @ApiOkResponse({ type: EvidenceItemSummaryDto, isArray: true })
  @ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<EvidenceItemSummary[]> {
    return this.evidence.list(user, childId);
  }

  @Post(':childId/evidence')
  @AcceptsFileUpload()
  @UseInterceptors(EvidenceUploadErrorsInterceptor, FileInterceptor('file', UPLOAD_LIMITS))
  @ApiOperation({
    summary: 'Add a document to a case',
    description: `The type is read from the file's content, never its name: ${EVIDENCE_MEDIA_TYPES.join(', ')}. At most ${MAX_EVIDENCE_BYTES} bytes.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind', 'title'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'PDF, Word (.docx), PNG, JPEG or WebP; at most 20 MB',
        },
        kind: { type: 'string', enum: [...EVIDENCE_KINDS] },
        title: { type: 'string', minLength: 1, maxLength: 200 },
        requestId: {
          type: 'string',
          format: 'uuid',
          description: "The request for assessment it belongs to: one of this child's",
        },
      },
    },
  })
  @ApiCreatedResponse({ type: EvidenceItemSummaryDto })
  @ApiBadRequestResponse({
    description: 'A field is missing or not valid, the file among them (code validation_failed, with fields)',
  })
  @ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
  @ApiPayloadTooLargeResponse({ description: 'The file is over 20 MB (code payload_too_large)' })
  @ApiUnsupportedMediaTypeResponse({
    description: 'The content is none of the accepted types (code unsupported_file_type); nothing is stored',
  })
  upload(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: UploadEvidenceDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceItemSummary> {
    return this.evidence.upload(user, childId, body, file);
  }
}
