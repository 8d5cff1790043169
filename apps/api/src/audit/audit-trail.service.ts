import { Injectable } from '@nestjs/common';
import type { AuditRecordView, Page } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditRepository } from './audit.repository.js';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

/** The most rows one CSV export carries; narrow the filters for more. */
const AUDIT_EXPORT_LIMIT = 100_000;

/** Reads the audit trail for the admins' viewer and its CSV export. */
@Injectable()
export class AuditTrailService {
  private readonly audit: AuditRepository;

  constructor(dataSource: DataSource) {
    this.audit = new AuditRepository(dataSource.manager);
  }

  async page(query: AuditQueryDto): Promise<Page<AuditRecordView>> {
    const { items, total } = await this.audit.page(query, query.page, query.pageSize);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  all(query: AuditQueryDto): Promise<AuditRecordView[]> {
    return this.audit.oldestFirst(query, AUDIT_EXPORT_LIMIT);
  }
}
