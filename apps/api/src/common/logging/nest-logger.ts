import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * Nest's logger interface over pino, so that every `new Logger('Context')` in the app writes through pino:
 * `context` is the Logger's name, an object message becomes the line's fields, an Error its `err`.
 * Further arguments are dropped rather than printed: they could be anything, a payload included.
 */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest's Logger appends its context as the last argument; an error's stack trace comes before it.
    const last = params.at(-1);
    const context = typeof last === 'string' ? last : undefined;
    const first = params[0];
    const stack = level !== 'error' || params.length < 2 || typeof first !== 'string' ? undefined : first;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (typeof stack === 'string') fields.stack = stack;
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
