import { Logger } from '@nestjs/common';
import { createClient, type RedisClientType } from 'redis';
import type { HeldPlaces, RateLimitStore, WindowCount } from './rate-limit-store.js';

/** A fixed window: INCR, and PEXPIRE on the first hit; returns the count and the time left. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); left = tonumber(ARGV[1]) end
return {count, left}`;

/**
 * A place among at most ARGV[1] in a sorted set scored by when each place lapses (Redis's clock): lapsed places
 * (a node that died) are dropped first, so a person is never shut out for longer than the time to live.
 */
const HOLD = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/** Renews the places given (ARGV[2..]) for ARGV[1] ms more, only those still held. */
const RENEW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1`;

const CONNECT_TIMEOUT_MS = 30_000;

/**
 * The limits of API nodes sharing Redis: every node counts in the same keys, under REDIS_KEY_PREFIX so that
 * two deployments (or two test runs) on one Redis never mix. Commands are not queued while Redis is away: they
 * fail at once, and the caller lets the command through rather than stall the room.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly logger = new Logger('RateLimits');
  private readonly client: RedisClientType;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 2000) },
    });
    this.client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  /** Connects before the node takes any command; a Redis that cannot be reached at start stops the node. */
  async connect(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new Error(`Redis at REDIS_URL could not be reached within ${CONNECT_TIMEOUT_MS / 1000}s`)),
          CONNECT_TIMEOUT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, left] = (await this.client.eval(HIT, {
      keys: [this.prefix + key],
      arguments: [String(windowMs)],
    })) as [number, number];
    return { count, resetInMs: left };
  }

  async hold(key: string, member: string, limit: number, ttlMs: number): Promise<boolean> {
    const held = await this.client.eval(HOLD, {
      keys: [this.prefix + key],
      arguments: [String(limit), String(ttlMs), member],
    });
    return held === 1;
  }

  async renew(held: HeldPlaces, ttlMs: number): Promise<void> {
    await Promise.all(
      [...held].map(([key, members]) =>
        this.client.eval(RENEW, { keys: [this.prefix + key], arguments: [String(ttlMs), ...members] }),
      ),
    );
  }

  async release(key: string, member: string): Promise<void> {
    await this.client.zRem(this.prefix + key, member);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.quit().catch(() => undefined);
  }
}
