import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UploadedFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, type FamilyViewsSent } from '@convene/contracts';
import { FAMILY_VIEWS_KINDS } from '@convene/domain';
import { EvidenceUpload } from '../cases/evidence/evidence-upload.decorator.js';
import type { UploadedEvidenceFile } from '../cases/evidence/uploaded-evidence-file.js';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyViewsSentDto } from './dto/family-views-sent.dto.js';
import { SendFamilyViewsDto } from './dto/send-family-views.dto.js';
import { FamilyViewsService } from './family-views.service.js';

@ApiTags('family')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@ApiNotFoundResponse({ description: 'family_child_not_found: not a child this account covers now' })
@Controller('family/children/:childId/views')
export class FamilyViewsController {
  constructor(private readonly views: FamilyViewsService) {}

  @Post()
  @EvidenceUpload(FAMILY_VIEWS_KINDS, {}, { title: false, response: FamilyViewsSentDto })
  @ApiOperation({
    summary: 'A parent, carer or young person sends their views, or the child’s own (All about me)',
    description: `Stored as evidence of that kind on the child's case for the panel, marked as sent by the family, with the same checks as staff evidence: the type is read from the file's content (${EVIDENCE_MEDIA_TYPES.join(', ')}), at most ${MAX_EVIDENCE_BYTES} bytes. In the audit trail.`,
  })
  send(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: SendFamilyViewsDto,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
  ): Promise<FamilyViewsSent> {
    return this.views.send(user, childId, body.kind, file);
  }

  @Get()
  @ApiOperation({
    summary: 'What the family sent, newest first',
    description:
      'The signed-in person’s own files, and other family members’ unless either person’s access is contact-restricted. The kind, file name, size and day only.',
  })
  @ApiOkResponse({ type: [FamilyViewsSentDto] })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<FamilyViewsSent[]> {
    return this.views.list(user, childId);
  }
}
