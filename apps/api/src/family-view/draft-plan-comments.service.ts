import { Injectable } from '@nestjs/common';
import type { DraftPlanComments } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service.js';
import type { SessionUser } from '../identity/session-user.js';
import { DraftPlanCommentsRepository } from './draft-plan-comments.repository.js';

/** What the child's family said about their draft plans and the schools they named, as the council reads it. */
@Injectable()
export class DraftPlanCommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  async ofChild(user: SessionUser, childId: string): Promise<DraftPlanComments[]> {
    await this.access.assertCanSee(user, childId);
    return new DraftPlanCommentsRepository(this.dataSource.manager).ofChild(childId);
  }
}
