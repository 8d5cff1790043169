import { Controller, Get, Header, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Sen2Report } from '@convene/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { Sen2CensusQuery } from './dto/sen2-census.query.js';
import { Sen2ReportDto } from './dto/sen2-report.dto.js';
import { Sen2ReturnService } from './sen2-return.service.js';

@ApiTags('returns')
@ApiCookieAuth()
@Controller('returns/sen2')
export class Sen2ReturnController {
  constructor(private readonly sen2: Sen2ReturnService) {}

  @Get()
  @ApiOperation({
    summary:
      'The SEN2 return for a census date: counts per module and every record that cannot be returned yet',
    description:
      'Each problem names the SEN2 element, the rule, what to do, and which form on the case page fixes it.',
  })
  @ApiOkResponse({ type: Sen2ReportDto })
  @Header('Cache-Control', 'private, no-store')
  report(@Query() query: Sen2CensusQuery): Promise<Sen2Report> {
    return this.sen2.report(query.censusDate);
  }

  @Get('export')
  @ApiOperation({
    summary: 'The SEN2 return as the XML file the DfE collects, with the records that are ready',
    description:
      'Person-level data: administrators only, and every export is in the audit trail. Records with problems are held back (X-Sen2-Held-Back says how many).',
  })
  @ApiProduces('application/xml')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiConflictResponse({ description: "la_number_not_set: the council's LA number is not configured" })
  @Header('Cache-Control', 'private, no-store')
  async export(
    @CurrentUser() user: SessionUser,
    @Query() query: Sen2CensusQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.sen2.export(user, query.censusDate);
    // Set here, not by @Header, so that a refusal still answers in JSON.
    response.setHeader('Content-Type', 'application/xml; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="sen2-${query.censusDate}.xml"`);
    response.setHeader('X-Sen2-Held-Back', String(file.heldBack));
    return new StreamableFile(Buffer.from(file.xml, 'utf8'));
  }
}
