import type { LoggerService } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgresLauncher } from './embedded-postgres.launcher.js';

export interface OpenDatabase {
  url: string;
  /** Where the data lives, when it is the embedded PostgreSQL. */
  dataDir?: string;
  close(): Promise<void>;
}

/** DATABASE_URL when it is set; otherwise a real PostgreSQL of our own, in CONVENE_DATA_DIR. */
export async function openDatabase(config: AppConfig, logger: LoggerService): Promise<OpenDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, close: () => Promise.resolve() };
  const log = (message: string) => {
    if (!message) return;
    // PostgreSQL's own chatter (checkpoints, start-up) is for debugging; its warnings and errors are not.
    if (
      /\b(WARNING|ERROR|FATAL|PANIC):/.test(message) &&
      !/terminating connection due to administrator command/.test(message)
    ) {
      logger.warn?.(message, 'EmbeddedPostgres');
    } else {
      logger.debug?.(message, 'EmbeddedPostgres');
    }
  };
  const launcher = new EmbeddedPostgresLauncher({ dataDir: config.CONVENE_DATA_DIR, log });
  const url = await launcher.start();
  const linked = launcher.entryPath === launcher.clusterDir ? '' : ` (linked from ${launcher.entryPath})`;
  logger.log(`embedded PostgreSQL started; data in ${launcher.clusterDir}${linked}`, 'EmbeddedPostgres');
  return { url, dataDir: launcher.clusterDir, close: () => launcher.stop() };
}
