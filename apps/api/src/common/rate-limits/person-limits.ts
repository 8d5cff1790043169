import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { logSecurityRefusal, type SecurityRefusal } from '../security-log.js';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit-store.js';

/** Why someone was turned away, and when they may try again. */
export interface LimitRefusal {
  message: string;
  retryAfterMs: number;
}

/** How long a connection's place lasts in Redis unless its node renews it: a node that dies frees them by then. */
export const CONNECTION_PLACE_TTL_MS = 60_000;
const MINUTE_MS = 60_000;
/** At most one warning a minute that the store cannot be reached (it is let through meanwhile). */
const STORE_WARNING_MS = 60_000;

/**
 * The limits on one person, across all their connections and every API node: live-room commands per second,
 * connections open at once, new connections per minute, and REST requests per minute. Counted in Redis with
 * REDIS_URL, in this process without. A refusal costs no database work, and once a window is spent this node
 * refuses the rest of it without asking the store; each refusal is logged once per window. If the store cannot be
 * reached, requests are let through: a Redis outage must not stop a meeting.
 */
@Injectable()
export class PersonLimits implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  /** Windows spent, by key: refused here until then without asking the store. */
  private readonly refusedUntil = new Map<string, number>();
  /** The connections this node holds places for, by key, renewed in the store while they last. */
  private readonly held = new Map<string, Set<string>>();
  /** Refusals of a connection over the concurrent limit already logged, by key, until when. */
  private readonly loggedUntil = new Map<string, number>();
  private readonly renewer: NodeJS.Timeout;
  private storeWarnedAt = 0;
  /** After shutdown the store is closed: the places of connections closing now lapse by themselves. */
  private closed = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
  ) {
    this.renewer = setInterval(() => this.renewAndSweep(), CONNECTION_PLACE_TTL_MS / 3).unref();
  }

  /** A live-room command: null when it may go on. */
  async takeCommand(userId: string, command: string, address?: string): Promise<LimitRefusal | null> {
    const wait = await this.take(`commands:${userId}`, this.config.RATE_LIMIT_COMMANDS_PER_SECOND, 1000, {
      kind: 'rate_limit',
      who: userId,
      what: command,
      why: `rate_limited: more than ${this.config.RATE_LIMIT_COMMANDS_PER_SECOND} commands a second`,
      address,
    });
    return wait === null ? null : { message: 'Too many commands at once: slow down.', retryAfterMs: wait };
  }

  /** A REST request by a session (`who` is its key): null when it may go on. */
  async takeRequest(
    key: string,
    who: string | null,
    what: string,
    address?: string,
  ): Promise<LimitRefusal | null> {
    const limit = this.config.RATE_LIMIT_REQUESTS_PER_MINUTE;
    const wait = await this.take(`requests:${key}`, limit, MINUTE_MS, {
      kind: 'rate_limit',
      who,
      what,
      why: `rate_limited: more than ${limit} requests a minute`,
      address,
    });
    return wait === null ? null : { message: 'Too many requests: wait a moment.', retryAfterMs: wait };
  }

  /**
   * A new live-room connection, at the handshake: within the new connections a minute, and a place among the
   * person's connections open at once, held until `releaseConnection`.
   */
  async admitConnection(
    userId: string,
    connectionId: string,
    address?: string,
  ): Promise<LimitRefusal | null> {
    const perMinute = this.config.RATE_LIMIT_NEW_CONNECTIONS_PER_MINUTE;
    const wait = await this.take(`new-connections:${userId}`, perMinute, MINUTE_MS, {
      kind: 'rate_limit',
      who: userId,
      what: 'connect',
      why: `rate_limited: more than ${perMinute} new connections a minute`,
      address,
    });
    if (wait !== null)
      return { message: 'Too many new connections in the last minute: wait a moment.', retryAfterMs: wait };
    const key = `connections:${userId}`;
    const limit = this.config.RATE_LIMIT_CONNECTIONS_PER_PERSON;
    const placed = await this.store
      .hold(key, connectionId, limit, CONNECTION_PLACE_TTL_MS)
      .catch((error: unknown) => this.storeDown(error));
    if (placed === false) {
      this.logOncePerMinute(key, {
        kind: 'rate_limit',
        who: userId,
        what: 'connect',
        why: `rate_limited: more than ${limit} connections open at once`,
        address,
      });
      return {
        message: `You have ${limit} live connections open already: close a tab or another device first.`,
        retryAfterMs: MINUTE_MS,
      };
    }
    const held = this.held.get(key) ?? new Set<string>();
    this.held.set(key, held.add(connectionId));
    return null;
  }

  releaseConnection(userId: string, connectionId: string): void {
    const key = `connections:${userId}`;
    const held = this.held.get(key);
    if (!held?.delete(connectionId)) return;
    if (held.size === 0) this.held.delete(key);
    if (this.closed) return;
    void this.store.release(key, connectionId).catch((error: unknown) => this.storeDown(error));
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearInterval(this.renewer);
    await this.store.close();
  }

  /** Counts a hit: null when within `limit`, or how long until the window starts again. */
  private async take(
    key: string,
    limit: number,
    windowMs: number,
    refusal: SecurityRefusal,
  ): Promise<number | null> {
    const now = Date.now();
    const until = this.refusedUntil.get(key);
    if (until !== undefined) {
      if (until > now) return until - now;
      this.refusedUntil.delete(key);
    }
    const counted = await this.store.hit(key, windowMs).catch((error: unknown) => this.storeDown(error));
    if (!counted || counted.count <= limit) return null;
    this.refusedUntil.set(key, now + counted.resetInMs);
    // Exactly one hit goes one over the limit in a window, on whichever node: that one is logged.
    if (counted.count === limit + 1) logSecurityRefusal(refusal);
    return counted.resetInMs;
  }

  private logOncePerMinute(key: string, refusal: SecurityRefusal): void {
    const now = Date.now();
    if ((this.loggedUntil.get(key) ?? 0) > now) return;
    this.loggedUntil.set(key, now + MINUTE_MS);
    logSecurityRefusal(refusal);
  }

  private storeDown(error: unknown): undefined {
    const now = Date.now();
    if (now - this.storeWarnedAt >= STORE_WARNING_MS) {
      this.storeWarnedAt = now;
      this.logger.warn(
        `rate limits cannot be counted (${error instanceof Error ? error.message : String(error)}); letting requests through`,
      );
    }
    return undefined;
  }

  private renewAndSweep(now = Date.now()): void {
    if (this.held.size > 0)
      void this.store
        .renew(this.held, CONNECTION_PLACE_TTL_MS)
        .catch((error: unknown) => this.storeDown(error));
    for (const [key, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(key);
    for (const [key, until] of this.loggedUntil) if (until <= now) this.loggedUntil.delete(key);
  }
}
