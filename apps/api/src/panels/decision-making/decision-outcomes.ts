import { Injectable } from '@nestjs/common';
import type { RequestStage } from '@convene/domain';
import { RequestStepsService } from '../../cases/request-steps.service.js';
import { todayInEngland } from '../../common/today.js';
import type { RecordedOutcome } from '../../meetings/engine/outcome-effects.js';

/** Where a Decision-Making Group decision moves the request (SEND Regulations 2014, regs 5 and 10). */
const NEXT_STAGE: Record<string, Record<string, RequestStage | undefined>> = {
  decision_to_assess: { agree: 'assessment', refuse: 'refused' },
  decision_to_issue: { issue: 'decision_to_issue', not_issue: 'not_issued' },
};

/**
 * A decision to assess or to issue, recorded in the room, is the Local Authority's decision: the case moves
 * to its next stage on the day of the meeting, and its clock with it. A deferral moves nothing.
 */
@Injectable()
export class DecisionOutcomes {
  constructor(private readonly steps: RequestStepsService) {}

  /** Registered with the meeting engine by the panel. */
  async moveCase({ manager, user, meetingId, item, outcome, reasons }: RecordedOutcome): Promise<void> {
    const to = NEXT_STAGE[item.kind]?.[outcome];
    if (!to || !item.requestId) return;
    await this.steps.recordPanelDecision(
      manager,
      user,
      item.requestId,
      { to, occurredOn: todayInEngland(), note: reasons },
      meetingId,
    );
  }
}
