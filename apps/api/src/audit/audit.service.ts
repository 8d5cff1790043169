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

/** Writes audit records inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // A single INSERT statement, never an ORM load-and-save: the table accepts nothing else.
    await manager.query(
      `INSERT INTO audit_records (actor_id, action, entity_type, entity_id, meeting_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.actorId, entry.action, entry.entityType, entry.entityId, entry.meetingId ?? null, json(entry.before), json(entry.after)],
    );
  }
}

function json(value: Record<string, unknown> | null | undefined): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
