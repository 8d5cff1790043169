import { Injectable } from '@nestjs/common';
import type { FamilyChild } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyLinksRepository } from './family-links.repository.js';

/**
 * What a signed-in parent, carer or young person sees: only the children their account covers now, and of each
 * child only what the council shares with the family (part 2 of issue #30 adds the case itself). Every view by a
 * family member is in the audit trail.
 */
@Injectable()
export class FamilyViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  children(user: SessionUser): Promise<FamilyChild[]> {
    return this.dataSource.transaction(async (manager) => {
      const children = await new FamilyLinksRepository(manager).childrenOf(user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'family_member.viewed_children',
        entityType: 'user',
        entityId: user.id,
        after: { childIds: children.map((child) => child.id) },
      });
      return children;
    });
  }
}
