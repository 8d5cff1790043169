import { describe, expect, it } from 'vitest';
import { OneAtATime } from './one-at-a-time.js';

/** A piece of work that finishes when told to, recording when it started and ended. */
function work(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`${name} started`);
      await done;
      log.push(`${name} ended`);
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one person’s commands, one at a time', () => {
  it('starts a person’s next command only when the one before has finished, in the order they came', async () => {
    const queues = new OneAtATime();
    const log: string[] = [];
    const first = work(log, 'first');
    const second = work(log, 'second');
    const answers = [queues.run('member', first.run), queues.run('member', second.run)];
    await settle();
    expect(log).toEqual(['first started']);

    first.finish();
    await settle();
    expect(log).toEqual(['first started', 'first ended', 'second started']);
    second.finish();
    expect(await Promise.all(answers)).toEqual(['first', 'second']);
  });

  it('runs different people’s commands side by side', async () => {
    const queues = new OneAtATime();
    const log: string[] = [];
    const chair = work(log, 'chair');
    const member = work(log, 'member');
    const answers = [queues.run('chair', chair.run), queues.run('member', member.run)];
    await settle();
    expect(log).toEqual(['chair started', 'member started']);
    member.finish();
    chair.finish();
    expect(await Promise.all(answers)).toEqual(['chair', 'member']);
  });

  it('goes on to a person’s next command after one that failed, and hands the failure to its own caller', async () => {
    const queues = new OneAtATime();
    const failed = queues.run('member', () => Promise.reject(new Error('refused')));
    const next = queues.run('member', () => Promise.resolve('taken'));
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('taken');
  });
});
