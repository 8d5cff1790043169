/** What the launcher asks of the embedded cluster, over node-postgres's own client (TypeORM is not connected yet). */
interface ClusterClient {
  query(text: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
}

/** The embedded PostgreSQL cluster's databases. */
export class EmbeddedClusterRepository {
  constructor(private readonly client: ClusterClient) {}

  /** Creates the database unless the cluster has it already. `name` is ours, never user input. */
  async ensureDatabase(name: string): Promise<void> {
    const found = await this.client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await this.client.query(`CREATE DATABASE ${name}`);
  }
}
