import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it } from 'vitest';
import { runInLogContext } from './log-context.js';
import { PinoNestLogger } from './nest-logger.js';
import { createRootLogger } from './root-logger.js';

function capture(level: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'verbose') {
  const lines: Record<string, unknown>[] = [];
  const logger = new PinoNestLogger(
    createRootLogger(
      { LOG_LEVEL: level, LOG_FORMAT: 'json' },
      { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    ),
  );
  Logger.overrideLogger(logger);
  return lines;
}

describe('Nest’s loggers, written through pino', () => {
  afterEach(() => Logger.overrideLogger(false));

  it('names the logger’s context, and keeps a structured message’s fields as the line’s own', () => {
    const lines = capture();
    new Logger('Security').warn({ event: 'security.refused', who: null, why: 'not_allowed' });
    new Logger('Cases').log('case opened');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', context: 'Security', event: 'security.refused', who: null }),
      expect.objectContaining({ level: 'info', context: 'Cases', msg: 'case opened' }),
    ]);
  });

  it('keeps an error’s stack, and drops any further argument, which could be a payload', () => {
    const lines = capture();
    new Logger('HttpExceptionFilter').error('TypeError: boom', 'TypeError: boom\n    at somewhere');
    new Logger('Cases').log('case opened', { givenName: 'Marigold' });
    expect(lines[0]).toMatchObject({ level: 'error', context: 'HttpExceptionFilter', stack: /at somewhere/ });
    expect(JSON.stringify(lines)).not.toContain('Marigold');
  });

  it('writes only what LOG_LEVEL lets through (verbose is pino’s trace)', () => {
    const lines = capture('warn');
    new Logger('Cases').log('not shown');
    new Logger('Cases').verbose('not shown');
    new Logger('Cases').warn('shown');
    expect(lines.map((line) => line.msg)).toEqual(['shown']);
    const everything = capture('verbose');
    new Logger('Cases').verbose('shown');
    expect(everything).toEqual([expect.objectContaining({ level: 'trace', msg: 'shown' })]);
  });

  it('adds the request’s or the command’s fields to each line written inside it, and only there', async () => {
    const lines = capture();
    await runInLogContext({ command: 'vote.cast', idempotencyKey: 'key-0001' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      new Logger('Engine').debug('vote recorded');
    });
    new Logger('Engine').debug('outside');
    expect(lines[0]).toMatchObject({
      command: 'vote.cast',
      idempotencyKey: 'key-0001',
      msg: 'vote recorded',
    });
    expect(lines[1]).not.toHaveProperty('command');
  });
});
