import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, CommandBase, MeetingCommandName, MeetingEvent } from '@convene/contracts';
import type { MeetingMemberRole } from '@convene/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';
import { MeetingEventNotices } from '../../notifications/causes/meeting-event-notices.js';
import type { CommandContext, CommandOutcome, OptimisticHandler } from './command-context.js';
import { MeetingBroadcaster, type CommittedElsewhere } from './meeting-broadcaster.js';
import { commandFingerprint } from './command-fingerprint.js';
import { admit, replayed } from './meeting-admission.js';
import {
  MeetingCommandsRepository,
  type EventToWrite,
  type WrittenEvent,
} from './meeting-commands.repository.js';
import { MeetingError } from './meeting-error.js';
import { MeetingEngineRegistry } from './meeting-engine-registry.js';
import { RememberedReads, type RememberedRead } from './remembered-reads.js';

export interface CommandResult {
  version: number;
  /** True when this was a retry of a command already applied: nothing was done again. */
  replayed: boolean;
}

class KeyAlreadyUsed extends Error {}

/** A command as sent, and its fingerprint (what it asked for), kept with its receipt. */
interface Asked {
  name: MeetingCommandName;
  command: CommandBase;
  fingerprint: string;
}

/** One command of several applied together (executeTogether). */
export type NextCommand = {
  [N in MeetingCommandName]: { name: N; command: Parameters<ClientToServerEvents[N]>[0] };
}[MeetingCommandName];

/** What commands applied together did: their events, or, for a retry, the version the first had answered. */
export interface TakenTogether {
  meetingId: string;
  events: MeetingEvent[];
  /** A retry of commands already applied: nothing was done again (events is empty). */
  replayedVersion: number | null;
}

type Applied = { kind: 'replayed'; version: number } | { kind: 'applied'; event: MeetingEvent };

/** PostgreSQL's unique_violation: here, an event for the caller's idempotency key written a moment ago. */
const UNIQUE_VIOLATION = '23505';

/**
 * Applies a command to a meeting: in one transaction it locks the meeting, authorises, applies the rule,
 * numbers the event and writes it, with the idempotency key (the event is the command's receipt), and its
 * audit record. Only after the commit is the event broadcast and the command acknowledged. A command that
 * only appends a row (a vote) is first tried without the lock, in one statement that commits only if the
 * meeting has not moved on since it was read: read again for each vote, or remembered by this node from the
 * vote before (RememberedReads).
 */
@Injectable()
export class MeetingCommandsService {
  /** Outside any transaction: the optimistic reads and appends, and a receipt looked up after a rollback. */
  private readonly commands: MeetingCommandsRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly broadcaster: MeetingBroadcaster,
    private readonly engine: MeetingEngineRegistry,
    private readonly remembered: RememberedReads,
    private readonly notices: MeetingEventNotices,
  ) {
    this.commands = new MeetingCommandsRepository(dataSource.manager);
  }

  async execute(
    user: SessionUser,
    name: MeetingCommandName,
    command: CommandBase,
    present: readonly string[],
  ): Promise<CommandResult> {
    const optimistic = this.engine.command(name)?.optimistic;
    // Worked out here, in memory, and written in the event's own statement: a vote stays one statement.
    const asked = { name, command, fingerprint: commandFingerprint(name, command) };
    const appended = optimistic ? await this.applyOptimistically(user, asked, present, optimistic) : null;
    const result = appended ?? (await this.applyUnderLock(user, asked, present));
    if (result.kind === 'replayed') return { version: result.version, replayed: true };
    // A command under the lock moved the meeting on: what this node remembers of it for votes is out of date.
    if (!appended) this.remembered.forget(command.meetingId);
    this.broadcaster.tellOtherNodes({
      command: name,
      rememberedAs: optimistic?.rememberAs(command) ?? null,
      event: result.event,
    });
    this.broadcaster.publish(result.event);
    return { version: result.event.sequence, replayed: false };
  }

  /**
   * Another API node committed an event: what this node remembers of the meeting follows it, so the next vote here
   * needs no fresh read. A vote's event right after the remembered sequence is followed (it says all a vote changes
   * in the roll: who has voted, and the count); a read taken after the event already has it; anything else (a
   * command under the lock, a gap) clears the meeting from memory. An event lost on the way is never missed: the
   * next append commits only at the remembered sequence, and otherwise reads afresh.
   */
  followElsewhere({ command, rememberedAs, event }: CommittedElsewhere): Promise<void> {
    return this.remembered.inTurn(event.meetingId, () => {
      const known = rememberedAs === null ? undefined : this.remembered.get(event.meetingId, rememberedAs);
      const optimistic = this.engine.command(command)?.optimistic;
      if (known && known.meeting.sequence >= event.sequence) {
        // Already followed: nothing to do.
      } else if (!optimistic || !known || known.meeting.sequence !== event.sequence - 1) {
        this.remembered.forget(event.meetingId);
      } else {
        this.rememberAfter(optimistic, rememberedAs!, known, event);
      }
      return Promise.resolve();
    });
  }

  private async applyUnderLock(
    user: SessionUser,
    asked: Asked,
    present: readonly string[],
  ): Promise<Applied> {
    return this.dataSource
      .transaction((manager) => this.applyIn(manager, user, asked, present))
      .catch(async (error: unknown): Promise<Applied> => {
        if (!(error instanceof KeyAlreadyUsed)) throw error;
        const receipt = await this.commands.receiptFor(user.id, asked.command.idempotencyKey);
        return {
          kind: 'replayed',
          version: replayed(receipt.sequence, receipt.fingerprint, asked.fingerprint),
        };
      });
  }

  /**
   * Several commands of one person, on one meeting, in one transaction: all are applied, or none. `prepare` runs
   * first in the same transaction and names the meeting (it may arrange it); `next` gives each command in turn from
   * the events written so far (null: done). Each command is authorised and applied by its own rule, with its own
   * event and audit record, exactly as sent alone; the events are broadcast after the commit. For what the engine
   * does in one step for a person away from the room: put a decision in writing, reveal it, record it.
   */
  async executeTogether(
    user: SessionUser,
    prepare: (manager: EntityManager) => Promise<string>,
    next: (meetingId: string, done: readonly MeetingEvent[]) => NextCommand | null,
  ): Promise<TakenTogether> {
    const done = await this.dataSource.transaction(async (manager) => {
      const meetingId = await prepare(manager);
      const applied: { name: MeetingCommandName; event: MeetingEvent }[] = [];
      const events = () => applied.map((a) => a.event);
      for (let step = next(meetingId, []); step; step = next(meetingId, events())) {
        const asked = { ...step, fingerprint: commandFingerprint(step.name, step.command) };
        const result = await this.applyIn(manager, user, asked, []);
        // A retry of a step already taken: all of it was done before, and nothing more is done now.
        if (result.kind === 'replayed') return { meetingId, applied: [], replayedVersion: result.version };
        applied.push({ name: step.name, event: result.event });
      }
      return { meetingId, applied, replayedVersion: null };
    });
    if (done.applied.length > 0) this.remembered.forget(done.meetingId);
    for (const { name, event } of done.applied) {
      this.broadcaster.tellOtherNodes({ command: name, rememberedAs: null, event });
      this.broadcaster.publish(event);
    }
    return {
      meetingId: done.meetingId,
      events: done.applied.map((a) => a.event),
      replayedVersion: done.replayedVersion,
    };
  }

  /** Under the meeting's lock, in `manager`'s transaction: the rule, who it tells, the event and its audit record. */
  private async applyIn(
    manager: EntityManager,
    user: SessionUser,
    asked: Asked,
    present: readonly string[],
  ): Promise<Applied> {
    const { name, command, fingerprint } = asked;
    const { handler } = this.engine.command(name)!;
    const commands = new MeetingCommandsRepository(manager);
    const admitted = admit(
      await commands.lock(command.meetingId, user.id, command.idempotencyKey),
      fingerprint,
    );
    if ('replayedVersion' in admitted) return { kind: 'replayed', version: admitted.replayedVersion };
    const ctx: CommandContext = {
      manager,
      user,
      meeting: admitted.meeting,
      role: admitted.role,
      present,
      effects: this.engine,
    };
    const outcome = await handler(ctx, command);
    // Who the change tells is written with it: a command that rolls back tells no one.
    await this.notices.afterChange(manager, {
      meeting: admitted.meeting,
      actorId: user.id,
      type: outcome.type,
      payload: outcome.payload,
    });
    const written = await commands.writeEvent(eventToWrite(user, asked, admitted.meeting.id, outcome));
    // The same key was just used for a command on another meeting: the whole transaction, audit record
    // included, is rolled back, and that command's receipt settles the answer.
    if (!written) throw new KeyAlreadyUsed();
    return { kind: 'applied', event: eventOf(user, admitted.meeting.id, outcome, written) };
  }

  /**
   * Null when the meeting moved on between the read and the write, or the key was taken meanwhile: nothing was
   * written. Tried first on what this node remembers of the meeting, then on a fresh read; in turn per meeting.
   */
  private applyOptimistically(
    user: SessionUser,
    asked: Asked,
    present: readonly string[],
    optimistic: OptimisticHandler<CommandBase, unknown>,
  ): Promise<Applied | null> {
    const { command } = asked;
    const meetingId = command.meetingId;
    const key = optimistic.rememberAs(command);
    return this.remembered.inTurn(meetingId, async () => {
      const known = this.remembered.get(meetingId, key);
      if (known) {
        const role = optimistic.roleOf(known.found, user.id);
        const applied = role
          ? await this.append(user, asked, present, optimistic, known, role).catch(setAside)
          : null;
        if (applied) return applied;
        // Out of date, or the rule said no on what may be out of date: read afresh, and decide again.
        this.remembered.forget(meetingId);
      }
      const found = await this.commands.readForOptimistic(
        optimistic.read,
        meetingId,
        user.id,
        command.idempotencyKey,
        optimistic.params(command),
      );
      const admitted = admit(found, asked.fingerprint);
      if ('replayedVersion' in admitted) return { kind: 'replayed', version: admitted.replayedVersion };
      return this.append(
        user,
        asked,
        present,
        optimistic,
        { meeting: admitted.meeting, found },
        admitted.role,
      ).catch(keyTaken);
    });
  }

  /**
   * Decides on `read` and writes the row, event and audit record if the meeting is still at the read's sequence;
   * then remembers the read as it now stands. Null when the sequence had moved: nothing was written.
   */
  private async append(
    user: SessionUser,
    asked: Asked,
    present: readonly string[],
    optimistic: OptimisticHandler<CommandBase, unknown>,
    read: RememberedRead,
    role: MeetingMemberRole,
  ): Promise<Applied | null> {
    const ctx: CommandContext = {
      manager: this.dataSource.manager,
      user,
      meeting: read.meeting,
      role,
      present,
      effects: this.engine,
    };
    const { name, command } = asked;
    const { outcome, row } = optimistic.decide(ctx, read.found, command);
    const written = await this.commands.appendIfUnchanged(
      name,
      eventToWrite(user, asked, read.meeting.id, outcome),
      read.meeting.sequence,
      row,
    );
    if (!written) return null;
    const event = eventOf(user, read.meeting.id, outcome, written);
    this.rememberAfter(optimistic, optimistic.rememberAs(command), read, event);
    return { kind: 'applied', event };
  }

  /** Remembers `read` as it stands once `event`, committed here or on another node, is added to it. */
  private rememberAfter(
    optimistic: OptimisticHandler<CommandBase, unknown>,
    key: string,
    read: RememberedRead,
    event: MeetingEvent,
  ): void {
    this.remembered.remember(event.meetingId, key, {
      meeting: { ...read.meeting, sequence: event.sequence },
      found: optimistic.advance(read.found, event),
    });
  }
}

/**
 * An append that failed on PostgreSQL's unique_violation: an event for the caller's idempotency key was written a
 * moment ago, and nothing of this one was. Null, for the caller to settle; any other failure is the answer.
 */
function keyTaken(error: unknown): null {
  const failure = error as { code?: string; driverError?: { code?: string } };
  if ((failure.code ?? failure.driverError?.code) === UNIQUE_VIOLATION) return null;
  throw error;
}

/**
 * On a remembered read, a rule's refusal may come from what is out of date, as may a key already used: both are
 * set aside (null) for a fresh read to settle. Anything else (the database down) is the command's answer.
 */
function setAside(error: unknown): null {
  if (error instanceof MeetingError) return null;
  return keyTaken(error);
}

/** A command's event (its receipt) and audit record. */
function eventToWrite(
  user: SessionUser,
  { name, command, fingerprint }: Asked,
  meetingId: string,
  outcome: CommandOutcome,
): EventToWrite {
  return {
    meetingId,
    type: outcome.type,
    payload: outcome.payload,
    actorId: user.id,
    idempotencyKey: command.idempotencyKey,
    fingerprint,
    audit: { actorId: user.id, action: name, meetingId, ...outcome.audit },
  };
}

function eventOf(
  user: SessionUser,
  meetingId: string,
  outcome: CommandOutcome,
  written: WrittenEvent,
): MeetingEvent {
  return {
    meetingId,
    sequence: Number(written.sequence),
    type: outcome.type,
    payload: outcome.payload,
    at: written.at,
    actorId: user.id,
  };
}
