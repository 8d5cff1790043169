import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, createLogger } from './app.factory.js';
import { InvalidConfigError, loadConfig } from './config/load-config.js';
import { SecretsKeyError } from './common/secrets/secrets-key.error.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.launcher.js';
import { openDatabase } from './database/open-database.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  Logger.overrideLogger(createLogger(config));
  const logger = new Logger('Convene');
  const database = await openDatabase(config, logger);
  const app = await createApp(config, database.url);
  await app.listen(config.PORT, config.HOST);
  logger.log(`Convene is running at http://localhost:${config.PORT} (API docs at /api/docs)`);

  // Our own signal handling, not Nest's shutdown hooks: the API must close before its database does.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing requests in flight, then stopping`);
    await app.close();
    await database.close();
    logger.log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedPostgresError) {
    process.stderr.write(`Convene could not start its own PostgreSQL: ${error.message}\n`);
    process.exit(EmbeddedPostgresError.EXIT_CODE);
  }
  if (error instanceof SecretsKeyError) {
    process.stderr.write(`Convene cannot open its stored secrets: ${error.message}\n`);
    process.exit(SecretsKeyError.EXIT_CODE);
  }
  process.stderr.write(
    `Convene failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
