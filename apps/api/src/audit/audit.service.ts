import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditRepository, type AuditEntry } from './audit.repository.js';

export type { AuditEntry } from './audit.repository.js';

/** Writes audit records inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await new AuditRepository(manager).append(entry);
  }
}
