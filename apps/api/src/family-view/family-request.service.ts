import { Injectable } from '@nestjs/common';
import type { FamilyRequestOverview } from '@convene/contracts';
import { familyRequestView } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import { FamilyLinksRepository } from '../family/family-links.repository.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyRequestFactsRepository } from './family-request-facts.repository.js';
import { FamilyRequestNotFoundError } from './family-request.errors.js';

/**
 * A child's request as their family reads it: only for a child their account covers now, only what the council
 * shares (the path, the reasons for lateness, who to contact), and every reading in the audit trail.
 */
@Injectable()
export class FamilyRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  overview(user: SessionUser, childId: string): Promise<FamilyRequestOverview> {
    return this.dataSource.transaction(async (manager) => {
      const child = (await new FamilyLinksRepository(manager).childrenOf(user.id)).find(
        (c) => c.id === childId,
      );
      if (!child) throw new FamilyRequestNotFoundError();
      const facts = await new FamilyRequestFactsRepository(manager).latestOfChild(childId, todayInEngland());
      if (!facts) throw new FamilyRequestNotFoundError();
      const [officer] = await manager.query<{ name: string; email: string }[]>(
        `SELECT u.display_name AS name, u.email FROM children c JOIN users u ON u.id = c.family_link_officer_id
          WHERE c.id = $1`,
        [childId],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family.request_viewed',
        entityType: 'ehc_request',
        entityId: facts.requestId,
      });
      return { child, view: familyRequestView(facts), familyLinkOfficer: officer ?? null };
    });
  }
}
