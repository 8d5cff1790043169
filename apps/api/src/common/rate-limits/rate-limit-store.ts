/** How many hits a window has had, this one included, and how long until it starts again. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/** Places held per key (a person's connections), by this node: renewed so that they outlive no node. */
export type HeldPlaces = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Where the limits count: in this process, or in Redis when API nodes share it (REDIS_URL), so that a person's
 * connections on every node count together.
 */
export interface RateLimitStore {
  /** Counts a hit in the window `key`, which starts at its first hit and lasts `windowMs`. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
  /** Holds a place for `member` under `key` if fewer than `limit` are held. A place lasts `ttlMs` unless renewed. */
  hold(key: string, member: string, limit: number, ttlMs: number): Promise<boolean>;
  /** Renews the places this node holds, for `ttlMs` more. */
  renew(held: HeldPlaces, ttlMs: number): Promise<void>;
  release(key: string, member: string): Promise<void>;
  close(): Promise<void>;
}

/** The Nest token of the store in use. */
export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');
