import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp, type CreateAppOptions } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { TEST_SECRETS_KEY } from './factories.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface ListeningTestApp extends TestApp {
  baseUrl: string;
}

/** The whole API listening on a free loopback port, for socket.io clients. */
export async function startListeningTestApp(
  env: Record<string, string> = {},
  options: CreateAppOptions = {},
): Promise<ListeningTestApp> {
  const test = await startTestApp(env, options);
  await test.app.listen(0, '127.0.0.1');
  const address = test.app.getHttpServer().address() as { port: number };
  return { ...test, baseUrl: `http://127.0.0.1:${address.port}` };
}

/**
 * The tests drive a room at machine speed, one chair for a whole file: far above any person's limits, which are
 * tested on their own (person-rate-limits.test.ts) with limits of their own in `env`.
 */
export const MACHINE_SPEED_LIMITS = {
  RATE_LIMIT_COMMANDS_PER_SECOND: '10000',
  RATE_LIMIT_CONNECTIONS_PER_PERSON: '1000',
  RATE_LIMIT_NEW_CONNECTIONS_PER_MINUTE: '10000',
  RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
};

/** The whole API on its own database, as `npm start` builds it, but quiet and without demo data. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: CreateAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Single sign-on settings come through from the environment, so a test can switch it on.
  const oidc = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('OIDC_')));
  const config = loadConfig({
    ...oidc,
    NODE_ENV: 'test',
    DEMO_DATA: 'off',
    LOG_LEVEL: 'error',
    SECRETS_KEY: TEST_SECRETS_KEY,
    ...MACHINE_SPEED_LIMITS,
    ...env,
  });
  const app = await createApp(config, database.url, options);
  await app.init();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
