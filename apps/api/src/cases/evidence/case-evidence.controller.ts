import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UploadedFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, type EvidenceItemSummary } from '@convene/contracts';
import { PANEL_EVIDENCE_KINDS } from '@convene/domain';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { EvidenceItemSummaryDto } from './dto/evidence-item-summary.dto.js';
import { UploadEvidenceDto } from './dto/upload-evidence.dto.js';
import { EvidenceUpload } from './evidence-upload.decorator.js';
import { EvidenceService } from './evidence.service.js';
import type { UploadedEvidenceFile } from './uploaded-evidence-file.js';

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
  @EvidenceUpload(PANEL_EVIDENCE_KINDS, {
    requestId: {
      type: 'string',
      format: 'uuid',
      description: "The request for assessment it belongs to: one of this child's",
    },
  })
  @ApiOperation({
    summary: 'Add a document to a case',
    description: `The type is read from the file's content, never its name: ${EVIDENCE_MEDIA_TYPES.join(', ')}. At most ${MAX_EVIDENCE_BYTES} bytes.`,
  })
  @ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
  upload(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: UploadEvidenceDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceItemSummary> {
    return this.evidence.upload(user, childId, body, file);
  }
}
