import type { MeetingMemberRole } from '@convene/domain';
import { AUDIT_COLUMNS } from '../../audit/audit.service.js';
import { preparedStatement } from '../../database/prepared-statement.js';
import type { AppendedRow, LockedMeeting } from './command-context.js';
import { MeetingError } from './meeting-error.js';

/**
 * The meeting as a command first sees it: its state, the caller's part in it, and the event (in any meeting)
 * a command of the caller's with this key already caused: its receipt.
 */
const MEETING_SELECT = `SELECT m.id, m.kind, m.status, m.sequence, m.current_item_id, mm.role, r.sequence AS receipt_version`;
const MEETING_FROM = `FROM meetings m
     LEFT JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
     LEFT JOIN meeting_events r ON r.actor_id = $2 AND r.idempotency_key = $3`;

/** Locks the meeting, serialising its commands; the receipt is read after the lock, so a concurrent retry sees it. */
export const LOCK_MEETING = preparedStatement('meeting-command-lock', `${MEETING_SELECT} ${MEETING_FROM} WHERE m.id = $1 FOR UPDATE OF m`);

const optimisticReads = new Map<string, string>();

/**
 * For a command applied optimistically: the meeting as above, without the lock, and in the same statement what
 * the command's rule needs (`read`, a subquery that may use $1 for the meeting and $4 onwards for its own).
 */
export function readForOptimistic(command: string, read: string): string {
  let statement = optimisticReads.get(command);
  if (!statement) {
    statement = preparedStatement(`meeting-command-read:${command}`, `${MEETING_SELECT}, x.* ${MEETING_FROM} LEFT JOIN LATERAL (${read}) x ON true WHERE m.id = $1`);
    optimisticReads.set(command, statement);
  }
  return statement;
}

/**
 * When the event was recorded, as the protocol sends it (ISO 8601 in UTC, to the millisecond, as JavaScript's
 * toISOString writes it), formatted by PostgreSQL: the node neither parses a timestamp nor formats a date per event.
 */
const EVENT_TIME = `to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The numbered event, which is the receipt for the caller's key ($5), and its audit record ($6 to $12). */
const EVENT_WITH_AUDIT = (keyConflict: string) => `
        e AS (INSERT INTO meeting_events (meeting_id, sequence, type, payload, actor_id, idempotency_key)
              SELECT $1, s.sequence, $2, $3, $4, $5 FROM s ${keyConflict} RETURNING sequence, at),
        a AS (INSERT INTO audit_records (${AUDIT_COLUMNS})
              SELECT $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb FROM e)`;

/**
 * Under the meeting's lock: the next sequence number, the numbered event and its audit record. No row comes
 * back when the caller's key was used a moment ago for another meeting (the caller must then roll back).
 */
export const WRITE_EVENT = preparedStatement(
  'meeting-command-event',
  `WITH s AS (UPDATE meetings SET sequence = sequence + 1 WHERE id = $1 RETURNING sequence),${EVENT_WITH_AUDIT('ON CONFLICT (actor_id, idempotency_key) DO NOTHING')}
   SELECT e.sequence, ${EVENT_TIME} AS at FROM e`,
);

const appendStatements = new Map<string, string>();

/**
 * Without the lock, in one statement that commits alone: the command's row, its event (the receipt for the key)
 * and audit record, written only if the meeting's sequence is still the one read ($13), that is if no other
 * command has changed the meeting since. Otherwise it writes nothing and returns no row. An event already
 * recorded for the key fails the whole statement (no ON CONFLICT here: nothing of it may commit).
 */
export function appendIfUnchanged(command: string, row: AppendedRow): string {
  const key = `${command}:${row.table}`;
  let statement = appendStatements.get(key);
  if (!statement) {
    const values = row.columns.map((_, i) => `$${14 + i}`).join(', ');
    statement = preparedStatement(
      `meeting-command-append:${key}`,
      `WITH s AS (UPDATE meetings SET sequence = sequence + 1 WHERE id = $1 AND sequence = $13 RETURNING sequence),${EVENT_WITH_AUDIT('')},
            x AS (INSERT INTO ${row.table} (${row.columns.join(', ')}) SELECT ${values} FROM s)
       SELECT e.sequence, ${EVENT_TIME} AS at FROM e`,
    );
    appendStatements.set(key, statement);
  }
  return statement;
}

/** What a command may do with the meeting row it read: go on, answer a retry with the first answer, or stop. */
export function admit(meeting: Record<string, unknown> | undefined): { replayedVersion: number } | { meeting: LockedMeeting; role: MeetingMemberRole } {
  if (!meeting) throw new MeetingError('meeting_not_found', 'There is no such meeting.');
  if (meeting.receipt_version !== null) return { replayedVersion: Number(meeting.receipt_version) };
  if (!meeting.role) throw new MeetingError('not_a_member', 'You are not invited to this meeting.');
  return {
    meeting: {
      id: meeting.id as string,
      kind: meeting.kind as LockedMeeting['kind'],
      status: meeting.status as LockedMeeting['status'],
      sequence: Number(meeting.sequence),
      current_item_id: meeting.current_item_id as string | null,
    },
    role: meeting.role as MeetingMemberRole,
  };
}
