import type { MeetingEventType } from '@convene/contracts';
import type { MeetingKind, MeetingMemberRole, MeetingStatus } from '@convene/domain';
import { AUDIT_COLUMNS, auditValues, type AuditEntry } from '../../audit/audit.repository.js';
import {
  preparedStatement,
  runPrepared,
  type PreparedStatement,
  type Queryable,
} from '../../database/prepared-statement.repository.js';

/**
 * The meeting as a command first sees it: its state, the caller's part in it (null: not invited), and the event
 * (in any meeting) a command of the caller's with this key already caused: its receipt (null: none).
 */
export interface MeetingAsCommandSeesIt {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  sequence: string | number;
  current_item_id: string | null;
  respond_by: Date | null;
  role: MeetingMemberRole | null;
  receipt_version: string | number | null;
  /** What the command with this key asked for (its fingerprint); null for a receipt older than fingerprints. */
  receipt_fingerprint: string | null;
}

/** The event a command caused, as the statement that wrote it numbered and timed it. */
export interface WrittenEvent {
  sequence: string | number;
  /** ISO 8601 in UTC, to the millisecond. */
  at: string;
}

/** A command's event (its receipt for the key) and the audit record that goes with it. */
export interface EventToWrite {
  meetingId: string;
  type: MeetingEventType;
  payload: unknown;
  actorId: string;
  idempotencyKey: string;
  /** What the command asked for (commandFingerprint), kept with the receipt. */
  fingerprint: string;
  audit: AuditEntry;
}

/** One row a command appends to one table, written by the repository that owns the table. */
export interface AppendedRow {
  table: string;
  columns: readonly string[];
  values: readonly unknown[];
}

/**
 * What a command applied without the lock reads in the same statement as the meeting: a subquery of the owning
 * repository's, whose columns are not named like the meeting's, using $1 for the meeting and $4 onwards for its own
 * parameters. `Found` is what its row adds to the meeting's.
 */
export interface OptimisticRead<Found> {
  /** Names the prepared statement; one text per name. */
  name: string;
  subquery: string;
  /** Never set: carries the type of what the subquery finds. */
  readonly found?: Found;
}

const MEETING_SELECT = `SELECT m.id, m.kind, m.status, m.sequence, m.current_item_id, m.respond_by, mm.role, r.sequence AS receipt_version, r.command_fingerprint AS receipt_fingerprint`;
const MEETING_FROM = `FROM meetings m
     LEFT JOIN meeting_members mm ON mm.meeting_id = m.id AND mm.user_id = $2
     LEFT JOIN meeting_events r ON r.actor_id = $2 AND r.idempotency_key = $3`;

/** Locks the meeting, serialising its commands; the receipt is read after the lock, so a concurrent retry sees it. */
const LOCK_MEETING = preparedStatement<MeetingAsCommandSeesIt>(
  'meeting-command-lock',
  `${MEETING_SELECT} ${MEETING_FROM} WHERE m.id = $1 FOR UPDATE OF m`,
);

/**
 * When the event was recorded, as the protocol sends it (ISO 8601 in UTC, to the millisecond, as JavaScript's
 * toISOString writes it), formatted by PostgreSQL: the node neither parses a timestamp nor formats a date per event.
 */
const EVENT_TIME = `to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The numbered event, which is the receipt for the caller's key ($5) and what the command asked for ($13), and its
 * audit record ($6 to $12).
 */
const EVENT_WITH_AUDIT = (keyConflict: string) => `
        e AS (INSERT INTO meeting_events (meeting_id, sequence, type, payload, actor_id, idempotency_key, command_fingerprint)
              SELECT $1, s.sequence, $2, $3, $4, $5, $13 FROM s ${keyConflict} RETURNING sequence, at),
        a AS (INSERT INTO audit_records (${AUDIT_COLUMNS})
              SELECT $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb FROM e)`;

/**
 * Under the meeting's lock: the next sequence number, the numbered event and its audit record. No row comes
 * back when the caller's key was used a moment ago for another meeting (the caller must then roll back).
 */
const WRITE_EVENT = preparedStatement<WrittenEvent>(
  'meeting-command-event',
  `WITH s AS (UPDATE meetings SET sequence = sequence + 1 WHERE id = $1 RETURNING sequence),${EVENT_WITH_AUDIT('ON CONFLICT (actor_id, idempotency_key) DO NOTHING')}
   SELECT e.sequence, ${EVENT_TIME} AS at FROM e`,
);

const optimisticReads = new Map<string, PreparedStatement<unknown>>();
const appendStatements = new Map<string, PreparedStatement<WrittenEvent>>();

/** The parameters $1 to $13 of the statements that write an event and its audit record. */
function eventValues(event: EventToWrite): unknown[] {
  return [
    event.meetingId,
    event.type,
    JSON.stringify(event.payload),
    event.actorId,
    event.idempotencyKey,
    ...auditValues(event.audit),
    event.fingerprint,
  ];
}

/** The meeting's commands: the lock, the numbered events that are their receipts, and the one-statement append. */
export class MeetingCommandsRepository {
  constructor(private readonly db: Queryable) {}

  async lock(
    meetingId: string,
    userId: string,
    idempotencyKey: string,
  ): Promise<MeetingAsCommandSeesIt | undefined> {
    return (await runPrepared(this.db, LOCK_MEETING, [meetingId, userId, idempotencyKey]))[0];
  }

  /** Under the lock; undefined when the key was used a moment ago for another meeting. */
  async writeEvent(event: EventToWrite): Promise<WrittenEvent | undefined> {
    return (await runPrepared(this.db, WRITE_EVENT, eventValues(event)))[0];
  }

  /** The event that is the receipt for the caller's key: its version and what its command asked for. */
  async receiptFor(
    actorId: string,
    idempotencyKey: string,
  ): Promise<{ sequence: string; fingerprint: string | null }> {
    const [receipt] = await this.db.query<{ sequence: string; fingerprint: string | null }[]>(
      `SELECT sequence, command_fingerprint AS fingerprint FROM meeting_events WHERE actor_id = $1 AND idempotency_key = $2`,
      [actorId, idempotencyKey],
    );
    return receipt!;
  }

  /** For a command applied optimistically: the meeting as `lock` reads it, without the lock, and what `read` finds. */
  async readForOptimistic<Found>(
    read: OptimisticRead<Found>,
    meetingId: string,
    userId: string,
    idempotencyKey: string,
    parameters: readonly unknown[],
  ): Promise<(MeetingAsCommandSeesIt & Found) | undefined> {
    let statement = optimisticReads.get(read.name);
    if (!statement) {
      statement = preparedStatement(
        `meeting-command-read:${read.name}`,
        `${MEETING_SELECT}, x.* ${MEETING_FROM} LEFT JOIN LATERAL (${read.subquery}) x ON true WHERE m.id = $1`,
      );
      optimisticReads.set(read.name, statement);
    }
    const rows = await runPrepared(this.db, statement as PreparedStatement<MeetingAsCommandSeesIt & Found>, [
      meetingId,
      userId,
      idempotencyKey,
      ...parameters,
    ]);
    return rows[0];
  }

  /**
   * Without the lock, in one statement that commits alone: the command's row, its event (the receipt for the key)
   * and audit record, written only if the meeting's sequence is still the one read ($14), that is if no other
   * command has changed the meeting since. Otherwise it writes nothing and returns undefined. An event already
   * recorded for the key fails the whole statement (no ON CONFLICT here: nothing of it may commit).
   */
  async appendIfUnchanged(
    command: string,
    event: EventToWrite,
    sequenceRead: number,
    row: AppendedRow,
  ): Promise<WrittenEvent | undefined> {
    const key = `${command}:${row.table}`;
    let statement = appendStatements.get(key);
    if (!statement) {
      const values = row.columns.map((_, i) => `$${15 + i}`).join(', ');
      statement = preparedStatement<WrittenEvent>(
        `meeting-command-append:${key}`,
        `WITH s AS (UPDATE meetings SET sequence = sequence + 1 WHERE id = $1 AND sequence = $14 RETURNING sequence),${EVENT_WITH_AUDIT('')},
            x AS (INSERT INTO ${row.table} (${row.columns.join(', ')}) SELECT ${values} FROM s)
       SELECT e.sequence, ${EVENT_TIME} AS at FROM e`,
      );
      appendStatements.set(key, statement);
    }
    return (await runPrepared(this.db, statement, [...eventValues(event), sequenceRead, ...row.values]))[0];
  }
}
