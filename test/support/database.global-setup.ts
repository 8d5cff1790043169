import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../../apps/api/src/database/data-source.js';
import { EmbeddedPostgresLauncher } from '../../apps/api/src/database/embedded-postgres.launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty database that each test file copies with CREATE DATABASE … TEMPLATE. */
    templateDatabaseUrl: string;
  }
}

/**
 * Once per run: a PostgreSQL (DATABASE_URL, or an embedded one when it is not set), and a
 * template database migrated once. Each test file then gets its own copy, so files run in parallel.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL;
  let launcher: EmbeddedPostgresLauncher | undefined;
  let dir: string | undefined;
  if (!serverUrl) {
    dir = await mkdtemp(join(tmpdir(), 'convene-test-pg-'));
    launcher = new EmbeddedPostgresLauncher({ dataDir: dir, persistent: false });
    serverUrl = await launcher.start();
  }
  const template = `convene_template_${process.pid}_${Date.now()}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(serverUrl, template);
  const dataSource = createDataSource(templateUrl);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  project.provide('templateDatabaseUrl', templateUrl);

  return async () => {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await launcher?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
