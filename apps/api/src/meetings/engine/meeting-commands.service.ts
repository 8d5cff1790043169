import { Injectable } from '@nestjs/common';
import type { CommandBase, MeetingCommandName, MeetingEvent } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AUDIT_COLUMNS, auditValues } from '../../audit/audit.service.js';
import { preparedStatement } from '../../database/prepared-statement.js';
import type { SessionUser } from '../../identity/session-user.js';
import type { CommandContext, LockedMeeting } from './command-context.js';
import { COMMAND_REGISTRY } from './command-registry.js';
import { MeetingBroadcaster } from './meeting-broadcaster.js';
import { MeetingError } from './meeting-error.js';
import { OutcomeEffects } from './outcome-effects.js';

export interface CommandResult {
  version: number;
  /** True when this was a retry of a command already applied: nothing was done again. */
  replayed: boolean;
}

class KeyAlreadyUsed extends Error {}

/**
 * Lock the meeting (serialising its commands), read the caller's part in it, and any receipt already given for
 * this idempotency key — read after the lock, so a concurrent retry sees it.
 */
const LOCK_MEETING = preparedStatement(
  'meeting-command-lock',
  `SELECT m.id, m.kind, m.status, m.sequence, m.current_item_id, mm.role, r.version AS receipt_version
     FROM meetings m
     LEFT JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
     LEFT JOIN command_receipts r ON r.user_id = $2 AND r.idempotency_key = $3
    WHERE m.id = $1
      FOR UPDATE OF m`,
);

/** The next sequence number, the numbered event, the receipt for the key, and the audit record ($7 onwards). */
const WRITE_EVENT = preparedStatement(
  'meeting-command-event',
  `WITH s AS (UPDATE meetings SET sequence = sequence + 1 WHERE id = $1 RETURNING sequence),
        e AS (INSERT INTO meeting_events (meeting_id, sequence, type, payload, actor_id)
              SELECT $1, s.sequence, $2, $3, $4 FROM s RETURNING sequence, at),
        r AS (INSERT INTO command_receipts (user_id, idempotency_key, meeting_id, command, version)
              SELECT $4, $5, $1, $6, e.sequence FROM e ON CONFLICT DO NOTHING RETURNING 1),
        a AS (INSERT INTO audit_records (${AUDIT_COLUMNS})
              SELECT $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb FROM e)
   SELECT e.sequence, e.at, (SELECT count(*)::int FROM r) AS receipted FROM e`,
);

type Applied = { kind: 'replayed'; version: number } | { kind: 'applied'; event: MeetingEvent };

/**
 * Applies a command to a meeting: in one transaction it records the idempotency receipt, locks the
 * meeting, authorises, applies the rule, numbers the event, writes it and its audit record. Only
 * after the commit is the event broadcast and the command acknowledged.
 */
@Injectable()
export class MeetingCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly broadcaster: MeetingBroadcaster,
    private readonly effects: OutcomeEffects,
  ) {}

  async execute(user: SessionUser, name: MeetingCommandName, command: CommandBase, present: readonly string[]): Promise<CommandResult> {
    const { handler } = COMMAND_REGISTRY[name];
    const result = await this.dataSource.transaction(async (manager): Promise<Applied> => {
      const [meeting] = await manager.query(LOCK_MEETING, [command.meetingId, user.id, command.idempotencyKey]);
      if (!meeting) throw new MeetingError('meeting_not_found', 'There is no such meeting.');
      if (meeting.receipt_version !== null) return { kind: 'replayed', version: Number(meeting.receipt_version) };
      if (!meeting.role) throw new MeetingError('not_a_member', 'You are not invited to this meeting.');

      const locked: LockedMeeting = { id: meeting.id, kind: meeting.kind, status: meeting.status, sequence: Number(meeting.sequence), current_item_id: meeting.current_item_id };
      const ctx: CommandContext = { manager, user, meeting: locked, role: meeting.role, present, effects: this.effects };
      const outcome = await handler(ctx, command);

      // One statement: the next sequence number, the numbered event, the receipt for the key and the audit record.
      const audit = auditValues({ actorId: user.id, action: name, meetingId: meeting.id, ...outcome.audit });
      const [written] = await manager.query(WRITE_EVENT, [meeting.id, outcome.type, JSON.stringify(outcome.payload), user.id, command.idempotencyKey, name, ...audit]);
      // The same key was just used for a command on another meeting: give that command's answer instead
      // (the whole transaction, audit record included, is rolled back).
      if (written.receipted === 0) throw new KeyAlreadyUsed();
      const event: MeetingEvent = {
        meetingId: meeting.id,
        sequence: Number(written.sequence),
        type: outcome.type,
        payload: outcome.payload,
        at: new Date(written.at).toISOString(),
        actorId: user.id,
      };
      return { kind: 'applied', event };
    }).catch(async (error: unknown): Promise<Applied> => {
      if (!(error instanceof KeyAlreadyUsed)) throw error;
      const [receipt] = await this.dataSource.query(`SELECT version FROM command_receipts WHERE user_id = $1 AND idempotency_key = $2`, [user.id, command.idempotencyKey]);
      return { kind: 'replayed', version: Number(receipt.version) };
    });

    if (result.kind === 'replayed') return { version: result.version, replayed: true };
    this.broadcaster.publish(result.event);
    return { version: result.event.sequence, replayed: false };
  }
}
