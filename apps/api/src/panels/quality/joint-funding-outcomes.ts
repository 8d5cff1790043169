import { Injectable } from '@nestjs/common';
import { MeetingError } from '../../meetings/engine/meeting-error.js';
import type { RecordedOutcome } from '../../meetings/engine/outcome-effects.js';
import { JointFundingRepository } from './joint-funding.repository.js';

/**
 * A joint funding decision records every share and every agency's answer (they stay with the item). The
 * group can only record consent when every agency with a share has consented to it.
 */
@Injectable()
export class JointFundingOutcomes {
  /** Registered with the meeting engine by the panel. */
  async check({ manager, item, outcome }: RecordedOutcome): Promise<void> {
    if (outcome !== 'consent') return;
    const answers = await new JointFundingRepository(manager).answers(item.id);
    if (answers.length === 0)
      throw new MeetingError(
        'wrong_state',
        'Put the proposal, with each agency’s share, before recording consent.',
      );
    if (answers.some((answer) => answer !== 'consent'))
      throw new MeetingError(
        'wrong_state',
        'Every agency with a share must consent before the group records consent.',
      );
  }
}
