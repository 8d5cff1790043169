import type { AgendaItemKind } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';

export interface RecordedOutcome {
  manager: EntityManager;
  user: SessionUser;
  meetingId: string;
  item: { id: string; kind: AgendaItemKind; requestId: string | null; panelRequestId: string | null };
  outcome: string;
  reasons: string;
}

export type OutcomeEffect = (recorded: RecordedOutcome) => Promise<void>;

/**
 * What a recorded outcome does beyond the meeting, by item kind, as each panel registered it with the engine
 * (MeetingEngineRegistry): the Decision-Making Group moves the case along its path. Runs inside the command's
 * transaction: if the effect is refused, so is the outcome, and nothing is half-written.
 */
export interface OutcomeEffects {
  apply(recorded: RecordedOutcome): Promise<void>;
}
