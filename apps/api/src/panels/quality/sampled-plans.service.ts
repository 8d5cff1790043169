import { Injectable } from '@nestjs/common';
import type { RedactedEhcPlan } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { EhcPlansService } from '../../cases/plans/ehc-plans.service.js';
import { PlanNotFoundError } from '../../cases/plans/plan-not-found.error.js';
import type { SessionUser } from '../../identity/session-user.js';

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
    const rows = await this.dataSource.query(`SELECT 1 FROM dip_sample_plans WHERE sample_id = $1 AND request_id = $2`, [sampleId, requestId]);
    if (rows.length === 0) throw new PlanNotFoundError();
    return this.plans.redacted(requestId);
  }

  /** A dip-sample item of a meeting the reader is invited to; an observer does not see a restricted item, as in the room. */
  async onAgenda(user: SessionUser, meetingId: string, itemId: string): Promise<RedactedEhcPlan> {
    const [item] = await this.dataSource.query(
      `SELECT a.request_id, a.restricted, mm.role
         FROM agenda_items a JOIN meeting_members mm ON mm.meeting_id = a.meeting_id AND mm.user_id = $3
        WHERE a.id = $2 AND a.meeting_id = $1 AND a.kind = 'dip_sample'`,
      [meetingId, itemId, user.id],
    );
    if (!item?.request_id || (item.restricted && item.role === 'observer')) throw new PlanNotFoundError();
    return this.plans.redacted(item.request_id);
  }
}
