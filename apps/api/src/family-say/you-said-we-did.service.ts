import { Injectable } from '@nestjs/common';
import type { WriteYouSaidWeDid, YouSaidWeDid, YouSaidWeDidEntry } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import { YouSaidWeDidNotFoundError, YouSaidWeDidWithdrawnError } from './family-say.errors.js';
import { YouSaidWeDidRepository } from './you-said-we-did.repository.js';

/**
 * "You said, we did": written by those who run the service, read by every family. An entry is never edited; one
 * written wrongly is withdrawn, and families stop seeing it. Each write is in the audit trail with its words.
 */
@Injectable()
export class YouSaidWeDidService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  all(): Promise<YouSaidWeDidEntry[]> {
    return new YouSaidWeDidRepository(this.dataSource.manager).all();
  }

  /** For families: published by today and not withdrawn, newest first. */
  published(): Promise<YouSaidWeDid[]> {
    return new YouSaidWeDidRepository(this.dataSource.manager).published(todayInEngland());
  }

  write(user: SessionUser, body: WriteYouSaidWeDid): Promise<YouSaidWeDidEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entries = new YouSaidWeDidRepository(manager);
      const id = await entries.add({
        youSaid: body.youSaid.trim(),
        weDid: body.weDid.trim(),
        publishedOn: body.publishedOn ?? todayInEngland(),
        writtenBy: user.id,
      });
      const entry = await entries.one(id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'you_said_we_did.written',
        entityType: 'you_said_we_did',
        entityId: id,
        after: { youSaid: entry.youSaid, weDid: entry.weDid, publishedOn: entry.publishedOn },
      });
      return entry;
    });
  }

  withdraw(user: SessionUser, id: string): Promise<YouSaidWeDidEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entries = new YouSaidWeDidRepository(manager);
      const entry = await entries.lock(id);
      if (!entry) throw new YouSaidWeDidNotFoundError();
      if (entry.withdrawnAt) throw new YouSaidWeDidWithdrawnError();
      await entries.withdraw(id, user.id);
      const withdrawn = await entries.one(id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'you_said_we_did.withdrawn',
        entityType: 'you_said_we_did',
        entityId: id,
        before: { withdrawnAt: null },
        after: { withdrawnAt: withdrawn.withdrawnAt },
      });
      return withdrawn;
    });
  }
}
