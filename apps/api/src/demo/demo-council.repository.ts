import type { Queryable } from '../database/prepared-statement.repository.js';

/** What the demo council's loader asks of the database before it writes the council through the entities. */
export class DemoCouncilRepository {
  constructor(private readonly db: Queryable) {}

  /** Held to the end of the transaction: two nodes starting at once load the council once. */
  async lockForLoading(lock: number): Promise<void> {
    await this.db.query('SELECT pg_advisory_xact_lock($1)', [lock]);
  }

  /** Whether anyone or any case is recorded already: the demo is loaded only into an empty database. */
  async hasRecords(): Promise<boolean> {
    const [row] = await this.db.query<{ has_records: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM children) AS has_records',
    );
    return row!.has_records;
  }
}
