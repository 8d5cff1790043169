import { Injectable } from '@nestjs/common';
import type { LockedMeeting } from './command-context.js';

/** What an optimistic command read, brought up to date with what this node wrote since and other nodes told it of. */
export interface RememberedRead {
  /** The meeting as of its sequence number, which the next write checks. */
  meeting: LockedMeeting;
  /** The command's own read (for a vote: the item's voting roll), as of the same sequence number. */
  found: unknown;
}

/** Enough for every meeting of a busy day on one node; the one least recently used is dropped first. */
const MOST_MEETINGS = 2_000;

/**
 * This node's memory of what optimistic commands (votes) read, so the next one on the same item decides without
 * reading again: one statement to PostgreSQL per vote instead of two. It is only ever a guess: the write still
 * succeeds only if the meeting's sequence is the one remembered, so a change made anywhere else (another node, a
 * command under the lock) is never missed: the write finds the sequence moved, writes nothing, and the command
 * reads afresh. Commands on one meeting take their turn here, so each finds what the one before it left.
 */
@Injectable()
export class RememberedReads {
  /** By meeting, then by the command's own key (for a vote, its item). */
  private readonly meetings = new Map<string, Map<string, RememberedRead>>();
  private readonly turns = new Map<string, Promise<void>>();

  get(meetingId: string, key: string): RememberedRead | undefined {
    return this.meetings.get(meetingId)?.get(key);
  }

  remember(meetingId: string, key: string, read: RememberedRead): void {
    const reads = this.meetings.get(meetingId) ?? new Map<string, RememberedRead>();
    this.meetings.delete(meetingId);
    this.meetings.set(meetingId, reads.set(key, read));
    if (this.meetings.size > MOST_MEETINGS) this.meetings.delete(this.meetings.keys().next().value!);
  }

  /** Everything remembered of the meeting is out of date: another command changed it. */
  forget(meetingId: string): void {
    this.meetings.delete(meetingId);
  }

  /** Runs `run` once every earlier turn on the meeting has finished, whether it succeeded or failed. */
  inTurn<T>(meetingId: string, run: () => T | Promise<T>): Promise<T> {
    const mine = (this.turns.get(meetingId) ?? Promise.resolve()).then(run);
    const done = mine.then(
      () => undefined,
      () => undefined,
    );
    this.turns.set(meetingId, done);
    void done.then(() => {
      if (this.turns.get(meetingId) === done) this.turns.delete(meetingId);
    });
    return mine;
  }
}
