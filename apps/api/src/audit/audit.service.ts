import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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
  return [entry.actorId, entry.action, entry.entityType, entry.entityId, entry.meetingId ?? null, json(entry.before), json(entry.after)];
}

/** Writes audit records inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // A single INSERT statement, never an ORM load-and-save: the table accepts nothing else.
    await manager.query(`INSERT INTO audit_records (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, auditValues(entry));
  }
}

function json(value: Record<string, unknown> | null | undefined): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
