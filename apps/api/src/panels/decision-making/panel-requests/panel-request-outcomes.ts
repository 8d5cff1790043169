import { Injectable } from '@nestjs/common';
import type { PanelRequestStatus } from '@convene/domain';
import { AuditService } from '../../../audit/audit.service.js';
import { todayInEngland } from '../../../common/today.js';
import type { RecordedOutcome } from '../../../meetings/engine/outcome-effects.js';
import { PanelRequestsRepository } from './panel-requests.repository.js';

const DECIDED: Record<string, PanelRequestStatus | undefined> = { agree: 'agreed', refuse: 'refused' };

/** A change of placement, funding or personal budget agreed or refused at the panel is settled; a deferral leaves it awaiting the panel. */
@Injectable()
export class PanelRequestOutcomes {
  constructor(private readonly audit: AuditService) {}

  /** Registered with the meeting engine by the panel. */
  async settle({ manager, user, meetingId, item, outcome }: RecordedOutcome): Promise<void> {
    const status = DECIDED[outcome];
    if (!status || !item.panelRequestId) return;
    const decidedOn = todayInEngland();
    // Settled once: a request already decided (or withdrawn) is not decided again by a later item.
    if (!(await new PanelRequestsRepository(manager).settle(item.panelRequestId, status, decidedOn))) return;
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'panel_request.decided',
      entityType: 'panel_request',
      entityId: item.panelRequestId,
      meetingId,
      before: { status: 'awaiting_panel' },
      after: {
        status,
        decidedOn,
        ...(meetingId ? { agendaItemId: item.id } : { delegatedDecisionId: item.id }),
      },
    });
  }
}
