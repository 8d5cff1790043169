import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { adminQuery, withDatabase } from '../../../../test/support/database.global-setup.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of this test file's own, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('templateDatabaseUrl');
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `convene_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(templateUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(templateUrl, name);
  return {
    url,
    drop: () => adminQuery(templateUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
