import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { MemoryRateLimitStore } from './memory-rate-limit.store.js';
import { PersonLimits } from './person-limits.js';

describe('limits on one person', () => {
  const limits: PersonLimits[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(limits.splice(0).map((l) => l.onApplicationShutdown()));
  });

  function personLimits(env: Record<string, string>) {
    const store = new MemoryRateLimitStore();
    const made = new PersonLimits(loadConfig(env), store);
    limits.push(made);
    return { limits: made, store };
  }

  it('refuses commands past the limit, logs the refusal once in the window, and stops counting in the store', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { limits, store } = personLimits({ RATE_LIMIT_COMMANDS_PER_SECOND: '3' });
    const hit = vi.spyOn(store, 'hit');

    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await limits.takeCommand('member-1', 'vote.cast'));

    expect(answers.slice(0, 3)).toEqual([null, null, null]);
    expect(answers.slice(3).every((answer) => answer !== null && answer.retryAfterMs > 0)).toBe(true);
    const refusals = warn.mock.calls.filter(
      ([line]) => (line as { event?: string }).event === 'security.refused',
    );
    expect(refusals).toHaveLength(1);
    expect(refusals[0]![0]).toMatchObject({ kind: 'rate_limit', who: 'member-1', what: 'vote.cast' });
    expect(hit).toHaveBeenCalledTimes(4);
    expect(await limits.takeCommand('member-2', 'vote.cast')).toBeNull();
  });

  it('lets a person connect again once a connection of theirs has closed', async () => {
    const { limits } = personLimits({ RATE_LIMIT_CONNECTIONS_PER_PERSON: '2' });
    expect(await limits.admitConnection('member-1', 'a')).toBeNull();
    expect(await limits.admitConnection('member-1', 'b')).toBeNull();
    expect(await limits.admitConnection('member-1', 'c')).not.toBeNull();
    limits.releaseConnection('member-1', 'a');
    expect(await limits.admitConnection('member-1', 'c')).toBeNull();
  });

  it('lets commands through when the store cannot be reached, rather than stop the meeting', async () => {
    vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { limits, store } = personLimits({ RATE_LIMIT_COMMANDS_PER_SECOND: '1' });
    vi.spyOn(store, 'hit').mockRejectedValue(new Error('Redis is away'));
    expect(await limits.takeCommand('member-1', 'vote.cast')).toBeNull();
    expect(await limits.takeCommand('member-1', 'vote.cast')).toBeNull();
  });
});
