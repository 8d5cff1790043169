import type { MeetingEventPayloads, MeetingEventType } from '@convene/contracts';
import type { MeetingKind, MeetingMemberRole, MeetingStatus } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';
import type { AppendedRow, OptimisticRead } from './meeting-commands.repository.js';
import type { OutcomeEffects } from './outcome-effects.js';

/** The meeting row as a command sees it, locked for the length of the command. */
export interface LockedMeeting {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  sequence: number;
  current_item_id: string | null;
  /** Held in writing: members respond by this time (null: a sitting in the room). */
  respond_by: Date | null;
}

export interface CommandContext {
  manager: EntityManager;
  user: SessionUser;
  meeting: LockedMeeting;
  role: MeetingMemberRole;
  /** Users connected to the meeting's room now, on any node. */
  present: readonly string[];
  /** What a recorded outcome does beyond the meeting, as the panels registered it. */
  effects: OutcomeEffects;
}

/** What a command did: one event, and what goes in the audit record. */
export interface CommandOutcome<T extends MeetingEventType = MeetingEventType> {
  type: T;
  payload: MeetingEventPayloads[T];
  audit: {
    entityType: string;
    entityId: string;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  };
}

export type CommandHandler<P> = (ctx: CommandContext, payload: P) => Promise<CommandOutcome>;

/**
 * A command that only appends one row (a vote) may be applied without the meeting's lock: the engine reads
 * the meeting and what the rule needs in one statement (`read`, owned by the repository of the command's table),
 * the rule decides on a plain connection (`ctx.manager` is not in a transaction), and the engine writes the row,
 * the event (the receipt for the key) and audit record in one statement that succeeds only if no other command
 * changed the meeting in between; otherwise the command runs again the usual way, under the lock.
 *
 * The node remembers the read under `rememberAs`, brought up to date by `advance` after each write of its own and
 * each one another node tells it of, so the next command on it decides without reading (see RememberedReads).
 * `read` must therefore not depend on who sends the command: `roleOf` finds the sender's part in the meeting in it.
 */
export interface OptimisticHandler<P, Found> {
  read: OptimisticRead<Found>;
  params(payload: P): unknown[];
  decide(ctx: CommandContext, found: Found, payload: P): { outcome: CommandOutcome; row: AppendedRow };
  /** What the node remembers this command's read by, within its meeting. */
  rememberAs(payload: P): string;
  /** The sender's role in the meeting, as the read found it. */
  roleOf(found: Found, userId: string): MeetingMemberRole | undefined;
  /**
   * Brings the read up to date with the command's event once it is committed, on this node or on another. It may
   * change `found` itself: a read is this node's alone, and work on one meeting takes turns, so no one else is
   * looking at it.
   */
  advance(found: Found, event: Pick<CommandOutcome, 'type' | 'payload'>): Found;
}
