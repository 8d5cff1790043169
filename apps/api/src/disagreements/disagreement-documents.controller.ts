import { Body, Controller, Param, ParseUUIDPipe, Post, UploadedFile } from '@nestjs/common';
import { ApiCookieAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, type EvidenceItemSummary } from '@convene/contracts';
import { DISAGREEMENT_DOCUMENT_KINDS } from '@convene/domain';
import { EvidenceUpload } from '../cases/evidence/evidence-upload.decorator.js';
import type { UploadedEvidenceFile } from '../cases/evidence/uploaded-evidence-file.js';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { DisagreementDocumentsService } from './disagreement-documents.service.js';
import { UploadDisagreementDocumentDto } from './dto/upload-disagreement-document.dto.js';

@ApiTags('disagreements')
@ApiCookieAuth()
@Controller('cases/:childId/disagreements/:disagreementId/documents')
export class DisagreementDocumentsController {
  constructor(private readonly documents: DisagreementDocumentsService) {}

  @Post()
  @EvidenceUpload(DISAGREEMENT_DOCUMENT_KINDS)
  @ApiOperation({
    summary:
      "File a family's letter, a mediation certificate or a Tribunal paper on a disagreement (listed with the disagreement)",
    description: `By the child's Family Link Officer, a SEND manager or an administrator. The same checks as any evidence: the type is read from the file's content, never its name: ${EVIDENCE_MEDIA_TYPES.join(', ')}; at most ${MAX_EVIDENCE_BYTES} bytes. Read with GET /api/evidence/:evidenceId/content.`,
  })
  @ApiNotFoundResponse({ description: 'No such case or disagreement, or not one the caller may see' })
  upload(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Param('disagreementId', new ParseUUIDPipe()) disagreementId: string,
    @Body() body: UploadDisagreementDocumentDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<EvidenceItemSummary> {
    return this.documents.upload(user, childId, disagreementId, body, file);
  }
}
