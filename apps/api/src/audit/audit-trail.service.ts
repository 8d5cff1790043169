import { Injectable } from '@nestjs/common';
import type { AuditRecordView, Page } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { AuditQueryDto } from './dto/audit-query.dto.js';

/** The most rows one CSV export carries; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** Reads the audit trail for the admins' viewer and its CSV export. */
@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  async page(query: AuditQueryDto): Promise<Page<AuditRecordView>> {
    const { where, parameters } = this.filter(query);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${SELECT} ${where} ORDER BY a.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        parameters,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM audit_records a ${where}`, parameters),
    ]);
    return { items: rows.map(toView), page: query.page, pageSize: query.pageSize, total };
  }

  async all(query: AuditQueryDto): Promise<AuditRecordView[]> {
    const { where, parameters } = this.filter(query);
    const rows = await this.dataSource.query(`${SELECT} ${where} ORDER BY a.id LIMIT ${AUDIT_EXPORT_LIMIT}`, parameters);
    return rows.map(toView);
  }

  private filter(query: AuditQueryDto): { where: string; parameters: unknown[] } {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    if (query.entityType) conditions.push(`a.entity_type = ${bind(query.entityType)}`);
    if (query.entityId) conditions.push(`a.entity_id = ${bind(query.entityId)}`);
    if (query.action) conditions.push(query.action.endsWith('.') ? `a.action LIKE ${bind(`${query.action}%`)}` : `a.action = ${bind(query.action)}`);
    if (query.actorId) conditions.push(`a.actor_id = ${bind(query.actorId)}`);
    if (query.meetingId) conditions.push(`a.meeting_id = ${bind(query.meetingId)}`);
    if (query.from) conditions.push(`a.occurred_at >= (${bind(query.from)}::date)::timestamp AT TIME ZONE 'Europe/London'`);
    if (query.to) conditions.push(`a.occurred_at < (${bind(query.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/London'`);
    return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
  }
}

const SELECT = `SELECT a.id, a.occurred_at, a.actor_id, u.display_name AS actor_name, a.action, a.entity_type, a.entity_id,
                       a.meeting_id, a.before, a.after
                  FROM audit_records a LEFT JOIN users u ON u.id = a.actor_id`;

function toView(row: Record<string, any>): AuditRecordView {
  return {
    id: String(row.id),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name } : null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    meetingId: row.meeting_id,
    before: row.before,
    after: row.after,
  };
}
