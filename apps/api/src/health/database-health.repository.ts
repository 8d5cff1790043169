import type { Queryable } from '../database/prepared-statement.repository.js';

/** Whether the database answers. */
export class DatabaseHealthRepository {
  constructor(private readonly db: Queryable) {}

  /** Throws when the database cannot be reached. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}
