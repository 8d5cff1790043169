import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CASE_IMPORT_MAX_BYTES, CASE_IMPORT_MAX_ROWS, type CaseImportReport } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { CaseImportUploadErrorsInterceptor } from './case-import-upload-errors.interceptor.js';
import { CaseImportService } from './case-import.service.js';
import { CaseImportReportDto } from './dto/case-import-report.dto.js';
import { AcceptsFileUpload } from '../../common/accepts-file-upload.decorator.js';

/** The part of a multer upload this controller reads (kept in memory; never written to disk). */
interface UploadedCsv {
  buffer: Buffer;
}

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases')
export class CaseImportController {
  constructor(private readonly caseImport: CaseImportService) {}

  @Post('import')
  @HttpCode(200)
  @AcceptsFileUpload()
  @UseInterceptors(
    CaseImportUploadErrorsInterceptor,
    FileInterceptor('file', { limits: { fileSize: CASE_IMPORT_MAX_BYTES, files: 1 } }),
  )
  @ApiOperation({
    summary: 'Import existing cases from the case-management system’s CSV export (admins)',
    description:
      `UTF-8, comma-separated, header row required, at most ${CASE_IMPORT_MAX_ROWS.toLocaleString('en-GB')} rows and 10 MiB; docs/case-import.md lists the columns. ` +
      'Each row is checked, then written in its own transaction. A new case_reference creates the child, its request, its steps and any exception; ' +
      'a known one is updated only when it differs, so importing the same file again changes nothing. Rejected rows are reported with their line, column and reason.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'The CSV file (UTF-8, with or without a byte-order mark)',
        },
      },
    },
  })
  @ApiOkResponse({ type: CaseImportReportDto, description: 'What happened to each row' })
  @ApiBadRequestResponse({
    description: 'No file, not CSV, no header, missing required columns, or too many rows: nothing imported',
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 10 MiB' })
  @ApiForbiddenResponse({ description: 'Only service administrators import cases' })
  import(
    @CurrentUser() user: SessionUser,
    @UploadedFile() file: UploadedCsv | undefined,
  ): Promise<CaseImportReport> {
    return this.caseImport.importFile(user, file?.buffer);
  }
}
