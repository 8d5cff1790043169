import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { contentDisposition } from './evidence-file-name.js';
import { EvidenceService } from './evidence.service.js';

@ApiTags('evidence')
@ApiCookieAuth()
@ApiParam({ name: 'evidenceId', format: 'uuid' })
@Controller('evidence')
export class EvidenceContentController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get(':evidenceId/content')
  @ApiOperation({
    summary: "A document's file",
    description:
      'Sent with the type detected at upload. PDFs and images are shown inline; Word documents are downloaded.',
  })
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No such document, or one in a case the caller may not see' })
  // The browser must take the type we detected, and nothing between here and the reader may keep a copy.
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  async content(
    @CurrentUser() user: SessionUser,
    @Param('evidenceId', new ParseUUIDPipe()) evidenceId: string,
  ): Promise<StreamableFile> {
    const file = await this.evidence.content(user, evidenceId);
    return new StreamableFile(file.content, {
      type: file.mediaType,
      length: file.content.length,
      disposition: contentDisposition(file.disposition, file.fileName),
    });
  }
}
