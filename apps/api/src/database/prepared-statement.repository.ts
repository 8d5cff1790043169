/** What a repository runs its SQL on: the data source's manager, or a transaction's. */
export interface Queryable {
  query<T>(query: string, parameters?: unknown[]): Promise<T>;
}

/**
 * A statement PostgreSQL parses and plans once per connection and then reuses: for the few statements the
 * live room and every request run. The name must stand for one text only. `Row` is what one row of it holds.
 */
export interface PreparedStatement<Row> {
  readonly name: string;
  readonly text: string;
  /** Never set: carries the row's type from where the statement is written to where it is run. */
  readonly row?: Row;
}

export function preparedStatement<Row>(name: string, text: string): PreparedStatement<Row> {
  return { name, text };
}

/**
 * Runs a prepared statement and returns its rows. TypeORM's `query` is typed for SQL text, but hands its first
 * argument to node-postgres unchanged, and node-postgres runs a `{ name, text }` config as a named prepared
 * statement; TypeORM's error wrapping, logging and transaction handling stay as they are. This is the one place
 * that relies on it.
 */
export function runPrepared<Row>(
  db: Queryable,
  statement: PreparedStatement<Row>,
  parameters: readonly unknown[],
): Promise<Row[]> {
  return db.query<Row[]>(statement as unknown as string, parameters as unknown[]);
}
