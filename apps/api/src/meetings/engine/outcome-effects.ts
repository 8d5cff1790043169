import type { AgendaItemKind } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';

export interface RecordedOutcome {
  manager: EntityManager;
  user: SessionUser;
  /** The meeting it was taken at; null for a decision taken alone under the scheme of delegation. */
  meetingId: string | null;
  /** The agenda item it was recorded on, or (no meeting) the decision taken under delegation. */
  item: { id: string; kind: AgendaItemKind; requestId: string | null; panelRequestId: string | null };
  outcome: string;
  reasons: string;
}

export type OutcomeEffect = (recorded: RecordedOutcome) => Promise<void>;

/**
 * What a recorded outcome does beyond the meeting, by item kind, as each panel registered it with the engine
 * (MeetingEngineRegistry): the Decision-Making Group moves the case along its path. The same effects follow a
 * decision taken under the scheme of delegation. Runs inside the decision's transaction: if the effect is refused,
 * so is the outcome, and nothing is half-written.
 */
export interface OutcomeEffects {
  apply(recorded: RecordedOutcome): Promise<void>;
}
