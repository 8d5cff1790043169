import { Injectable } from '@nestjs/common';
import type { FamilyChild } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyLinksRepository } from './family-links.repository.js';

/**
 * What a signed-in parent, carer or young person sees: only the children their account covers now, and of each
 * child only what the council shares with the family (part 2 of issue #30 adds the case itself).
 */
@Injectable()
export class FamilyViewService {
  constructor(private readonly dataSource: DataSource) {}

  children(user: SessionUser): Promise<FamilyChild[]> {
    return new FamilyLinksRepository(this.dataSource.manager).childrenOf(user.id);
  }
}
