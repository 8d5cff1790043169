import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuditRecordView, Page } from '@convene/contracts';
import { toCsv } from '../common/csv.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';
import { AuditRecordViewPage } from './dto/audit-record-view.dto.js';

@ApiTags('audit')
@ApiCookieAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly trail: AuditTrailService) {}

  @Get()
  @ApiOperation({ summary: 'The audit trail, newest first, filtered (admins only)' })
  @ApiOkResponse({ type: AuditRecordViewPage })
  page(@Query() query: AuditQueryDto): Promise<Page<AuditRecordView>> {
    return this.trail.page(query);
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'The filtered audit trail as CSV, oldest first (admins only)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="convene-audit.csv"')
  @Header('Cache-Control', 'private, no-store')
  async export(@Query() query: AuditQueryDto): Promise<StreamableFile> {
    const records = await this.trail.all(query);
    const csv = toCsv(
      [
        'id',
        'occurred_at',
        'actor_id',
        'actor',
        'action',
        'entity_type',
        'entity_id',
        'meeting_id',
        'before',
        'after',
      ],
      records.map((r) => [
        r.id,
        r.occurredAt,
        r.actor?.id ?? '',
        r.actor?.displayName ?? '',
        r.action,
        r.entityType,
        r.entityId,
        r.meetingId ?? '',
        json(r.before),
        json(r.after),
      ]),
    );
    return new StreamableFile(Buffer.from(csv, 'utf8'));
  }
}

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
