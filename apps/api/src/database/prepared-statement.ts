/**
 * A statement PostgreSQL parses and plans once per connection and then reuses: for the few statements the
 * live room runs for every command. The name must stand for one text only.
 *
 * TypeORM's `query` takes SQL text, but hands its first argument to node-postgres unchanged, and
 * node-postgres runs a `{ name, text }` config as a named prepared statement. TypeORM's error wrapping,
 * logging and transaction handling stay as they are.
 */
export function preparedStatement(name: string, text: string): string {
  return { name, text } as unknown as string;
}
