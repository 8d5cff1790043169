import { Injectable } from '@nestjs/common';
import type { CommandBase, MeetingCommandName, MeetingEvent } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
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
    private readonly audit: AuditService,
    private readonly broadcaster: MeetingBroadcaster,
    private readonly effects: OutcomeEffects,
  ) {}

  async execute(user: SessionUser, name: MeetingCommandName, command: CommandBase, present: readonly string[]): Promise<CommandResult> {
    const { handler } = COMMAND_REGISTRY[name];
    const result = await this.dataSource.transaction(async (manager): Promise<Applied> => {
      const fresh = await manager.query(
        `INSERT INTO command_receipts (user_id, idempotency_key, meeting_id, command, version) VALUES ($1, $2, $3, $4, 0)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [user.id, command.idempotencyKey, command.meetingId, name],
      );
      if (fresh.length === 0) {
        const [receipt] = await manager.query(`SELECT version FROM command_receipts WHERE user_id = $1 AND idempotency_key = $2`, [user.id, command.idempotencyKey]);
        return { kind: 'replayed', version: Number(receipt.version) };
      }

      const [meeting] = await manager.query(`SELECT id, kind, status, sequence, current_item_id FROM meetings WHERE id = $1 FOR UPDATE`, [command.meetingId]);
      if (!meeting) throw new MeetingError('meeting_not_found', 'There is no such meeting.');
      const [member] = await manager.query(`SELECT role FROM meeting_members WHERE meeting_id = $1 AND user_id = $2`, [command.meetingId, user.id]);
      if (!member) throw new MeetingError('not_a_member', 'You are not invited to this meeting.');

      const locked: LockedMeeting = { ...meeting, sequence: Number(meeting.sequence) };
      const ctx: CommandContext = { manager, user, meeting: locked, role: member.role, present, effects: this.effects };
      const outcome = await handler(ctx, command);

      const sequence = locked.sequence + 1;
      await manager.query(`UPDATE meetings SET sequence = $2 WHERE id = $1`, [meeting.id, sequence]);
      const [written] = await manager.query(
        `INSERT INTO meeting_events (meeting_id, sequence, type, payload, actor_id) VALUES ($1, $2, $3, $4, $5) RETURNING at`,
        [meeting.id, sequence, outcome.type, JSON.stringify(outcome.payload), user.id],
      );
      await this.audit.record(manager, { actorId: user.id, action: name, meetingId: meeting.id, ...outcome.audit });
      await manager.query(`UPDATE command_receipts SET version = $3 WHERE user_id = $1 AND idempotency_key = $2`, [user.id, command.idempotencyKey, sequence]);
      const event: MeetingEvent = {
        meetingId: meeting.id,
        sequence,
        type: outcome.type,
        payload: outcome.payload,
        at: new Date(written.at).toISOString(),
        actorId: user.id,
      };
      return { kind: 'applied', event };
    });

    if (result.kind === 'replayed') return { version: result.version, replayed: true };
    this.broadcaster.publish(result.event);
    return { version: result.event.sequence, replayed: false };
  }
}
