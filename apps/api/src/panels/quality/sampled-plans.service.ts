import { Injectable } from '@nestjs/common';
import type { RedactedEhcPlan } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { EhcPlansService } from '../../cases/plans/ehc-plans.service.js';
import { PlanNotFoundError } from '../../cases/plans/plan-not-found.error.js';
import type { SessionUser } from '../../identity/session-user.js';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';
import { DipSamplesRepository } from './dip-samples.repository.js';

/**
 * The redacted, pseudonymous view of a plan under review: readable only while the plan is in a dip sample,
 * through that sample or through its item on the agenda of a meeting the reader is invited to.
 */
@Injectable()
export class SampledPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: EhcPlansService,
  ) {}

  async inSample(sampleId: string, requestId: string): Promise<RedactedEhcPlan> {
    if (!(await new DipSamplesRepository(this.dataSource.manager).hasPlan(sampleId, requestId)))
      throw new PlanNotFoundError();
    return this.plans.redacted(requestId);
  }

  /** A dip-sample item of a meeting the reader is invited to; an observer does not see a restricted item, as in the room. */
  async onAgenda(user: SessionUser, meetingId: string, itemId: string): Promise<RedactedEhcPlan> {
    const item = await new AgendaItemsRepository(this.dataSource.manager).sampledPlanFor(
      meetingId,
      itemId,
      user.id,
    );
    if (!item?.request_id || (item.restricted && item.role === 'observer')) throw new PlanNotFoundError();
    return this.plans.redacted(item.request_id);
  }
}
