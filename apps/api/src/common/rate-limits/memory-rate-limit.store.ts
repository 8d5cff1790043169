import type { HeldPlaces, RateLimitStore, WindowCount } from './rate-limit-store.js';

/** How often windows that have ended are swept away, so a long-running node does not grow. */
const SWEEP_MS = 60_000;

/** The limits of a single API node (no REDIS_URL): counted in this process. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private readonly places = new Map<string, Set<string>>();
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_MS).unref();

  hit(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ count: window.count, resetInMs: window.endsAt - now });
  }

  hold(key: string, member: string, limit: number): Promise<boolean> {
    const held = this.places.get(key) ?? new Set<string>();
    if (held.size >= limit) return Promise.resolve(false);
    held.add(member);
    this.places.set(key, held);
    return Promise.resolve(true);
  }

  /** Places here end with their connection (release), or with the process: nothing to renew. */
  renew(_held: HeldPlaces): Promise<void> {
    return Promise.resolve();
  }

  release(key: string, member: string): Promise<void> {
    const held = this.places.get(key);
    held?.delete(member);
    if (held?.size === 0) this.places.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    return Promise.resolve();
  }

  private sweep(now = Date.now()): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
