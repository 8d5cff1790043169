import type { AuditRecordView } from '@convene/contracts';
import type { Queryable } from '../database/prepared-statement.repository.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  meetingId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The audit table's columns, in the order of `auditValues`: for a statement that writes its record in the same round trip. */
export const AUDIT_COLUMNS = 'actor_id, action, entity_type, entity_id, meeting_id, before, after';

export function auditValues(entry: AuditEntry): unknown[] {
  return [
    entry.actorId,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.meetingId ?? null,
    json(entry.before),
    json(entry.after),
  ];
}

/** Which records the admins' viewer asks for. */
export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  /** An action, or a family of actions when it ends with a dot ("case."). */
  action?: string;
  actorId?: string;
  meetingId?: string;
  /** Dates in the council's time zone, both included. */
  from?: string;
  to?: string;
}

interface AuditRow {
  id: string | number;
  occurred_at: Date | string;
  actor_id: string | null;
  /** Null only when there is no actor. */
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  meeting_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const SELECT = `SELECT a.id, a.occurred_at, a.actor_id, u.display_name AS actor_name, a.action, a.entity_type, a.entity_id,
                       a.meeting_id, a.before, a.after
                  FROM audit_records a LEFT JOIN users u ON u.id = a.actor_id`;

/** The append-only trail: records are written, never changed; read newest first for the viewer, oldest first for export. */
export class AuditRepository {
  constructor(private readonly db: Queryable) {}

  /** A single INSERT statement, never an ORM load-and-save: the table accepts nothing else. */
  async append(entry: AuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_records (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      auditValues(entry),
    );
  }

  async page(
    filter: AuditFilter,
    page: number,
    pageSize: number,
  ): Promise<{ items: AuditRecordView[]; total: number }> {
    const { where, parameters } = whereOf(filter);
    const [rows, [counted]] = await Promise.all([
      this.db.query<AuditRow[]>(
        `${SELECT} ${where} ORDER BY a.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        parameters,
      ),
      this.db.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM audit_records a ${where}`,
        parameters,
      ),
    ]);
    return { items: rows.map(toView), total: counted!.total };
  }

  async oldestFirst(filter: AuditFilter, limit: number): Promise<AuditRecordView[]> {
    const { where, parameters } = whereOf(filter);
    const rows = await this.db.query<AuditRow[]>(
      `${SELECT} ${where} ORDER BY a.id LIMIT ${limit}`,
      parameters,
    );
    return rows.map(toView);
  }
}

function whereOf(filter: AuditFilter): { where: string; parameters: unknown[] } {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const bind = (value: unknown) => `$${parameters.push(value)}`;
  if (filter.entityType) conditions.push(`a.entity_type = ${bind(filter.entityType)}`);
  if (filter.entityId) conditions.push(`a.entity_id = ${bind(filter.entityId)}`);
  if (filter.action)
    conditions.push(
      filter.action.endsWith('.')
        ? `a.action LIKE ${bind(`${filter.action}%`)}`
        : `a.action = ${bind(filter.action)}`,
    );
  if (filter.actorId) conditions.push(`a.actor_id = ${bind(filter.actorId)}`);
  if (filter.meetingId) conditions.push(`a.meeting_id = ${bind(filter.meetingId)}`);
  if (filter.from)
    conditions.push(`a.occurred_at >= (${bind(filter.from)}::date)::timestamp AT TIME ZONE 'Europe/London'`);
  if (filter.to)
    conditions.push(`a.occurred_at < (${bind(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/London'`);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
}

function toView(row: AuditRow): AuditRecordView {
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

function json(value: Record<string, unknown> | null | undefined): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
