import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { AdviceRequestsRepository } from '../../cases/advice-requests.repository.js';
import { AgendaItemsRepository } from '../../meetings/agenda-items.repository.js';
import type { RecordedOutcome } from '../../meetings/engine/outcome-effects.js';

/** The group's moderated grade of an audited advice is kept with the advice: the Health Gateway's quality figure reads it. */
@Injectable()
export class AdviceAuditOutcomes {
  constructor(private readonly audit: AuditService) {}

  /** Registered with the meeting engine by the panel. */
  async keep({ manager, user, meetingId, item, outcome }: RecordedOutcome): Promise<void> {
    const adviceId = await new AgendaItemsRepository(manager).adviceRequestOf(item.id);
    if (!adviceId) return;
    const before = await new AdviceRequestsRepository(manager).keepAuditedGrade(adviceId, outcome);
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'advice_request.audited',
      entityType: 'advice_request',
      entityId: adviceId,
      meetingId,
      before: { auditedGrade: before },
      after: { auditedGrade: outcome, agendaItemId: item.id },
    });
  }
}
