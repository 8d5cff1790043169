import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { currentLogContext } from './log-context.js';

/** Nest's level names, as LOG_LEVEL takes them, to pino's. */
const PINO_LEVEL: Record<AppConfig['LOG_LEVEL'], Level> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

type LogSettings = Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>;

/**
 * The one pino logger every line goes through: one JSON object per line (or pino-pretty's lines for a person at
 * a terminal), each carrying the request id or the socket command it was written for.
 * `destination` is for the tests; by default lines go to standard output.
 */
export function createRootLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const pretty = settings.LOG_FORMAT === 'pretty' && !destination ? prettyOutput() : undefined;
  const logger = pino(
    {
      level: PINO_LEVEL[settings.LOG_LEVEL],
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // A copy: pino merges the line's own fields into what this returns.
      mixin: () => ({ ...currentLogContext() }),
    },
    destination ?? pretty ?? process.stdout,
  );
  if (settings.LOG_FORMAT === 'pretty' && !destination && !pretty)
    logger.warn('LOG_FORMAT=pretty needs pino-pretty, a development dependency: writing JSON instead');
  return logger;
}

/** pino-pretty when it is installed (a development dependency); undefined in a production install. */
function prettyOutput(): DestinationStream | undefined {
  let pretty: typeof import('pino-pretty');
  try {
    pretty = createRequire(import.meta.url)('pino-pretty') as typeof pretty;
  } catch {
    return undefined;
  }
  return pretty({
    destination: process.stdout,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    singleLine: true,
  });
}
