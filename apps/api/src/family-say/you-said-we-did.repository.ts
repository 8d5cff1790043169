import type { YouSaidWeDid, YouSaidWeDidEntry } from '@convene/contracts';
import type { Queryable } from '../database/prepared-statement.repository.js';

interface EntryRow {
  id: string;
  you_said: string;
  we_did: string;
  published_on: string;
  written_by: string;
  writer_name: string;
  withdrawn_at: Date | null;
}

const ENTRY_COLUMNS = `y.id, y.you_said, y.we_did, to_char(y.published_on, 'YYYY-MM-DD') AS published_on,
                       y.written_by, u.display_name AS writer_name, y.withdrawn_at`;

/** "You said, we did": what families said and what the service changed. */
export class YouSaidWeDidRepository {
  constructor(private readonly db: Queryable) {}

  /** Every entry, withdrawn ones too, newest first: the service's own list. */
  async all(): Promise<YouSaidWeDidEntry[]> {
    const rows = await this.db.query<EntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM you_said_we_did y JOIN users u ON u.id = y.written_by
        ORDER BY y.published_on DESC, y.written_at DESC, y.id`,
    );
    return rows.map(toEntry);
  }

  /** What families read on `today`: published by then and not withdrawn, newest first. */
  published(today: string): Promise<YouSaidWeDid[]> {
    return this.db.query<YouSaidWeDid[]>(
      `SELECT id, you_said AS "youSaid", we_did AS "weDid", to_char(published_on, 'YYYY-MM-DD') AS "publishedOn"
         FROM you_said_we_did WHERE withdrawn_at IS NULL AND published_on <= $1
        ORDER BY published_on DESC, written_at DESC, id`,
      [today],
    );
  }

  async add(entry: {
    youSaid: string;
    weDid: string;
    publishedOn: string;
    writtenBy: string;
  }): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO you_said_we_did (you_said, we_did, published_on, written_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [entry.youSaid, entry.weDid, entry.publishedOn, entry.writtenBy],
    );
    return row!.id;
  }

  /** One entry, locked for a change; undefined if there is none. */
  async lock(id: string): Promise<YouSaidWeDidEntry | undefined> {
    const [row] = await this.db.query<EntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM you_said_we_did y JOIN users u ON u.id = y.written_by
        WHERE y.id = $1 FOR UPDATE OF y`,
      [id],
    );
    return row ? toEntry(row) : undefined;
  }

  async one(id: string): Promise<YouSaidWeDidEntry> {
    const [row] = await this.db.query<EntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM you_said_we_did y JOIN users u ON u.id = y.written_by WHERE y.id = $1`,
      [id],
    );
    return toEntry(row!);
  }

  async withdraw(id: string, by: string): Promise<void> {
    await this.db.query(`UPDATE you_said_we_did SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1`, [
      id,
      by,
    ]);
  }
}

function toEntry(row: EntryRow): YouSaidWeDidEntry {
  return {
    id: row.id,
    youSaid: row.you_said,
    weDid: row.we_did,
    publishedOn: row.published_on,
    writtenBy: { id: row.written_by, displayName: row.writer_name },
    withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
  };
}
