import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useServiceStatusStore } from './service-status';

const answer = (status: number, body: unknown) =>
  vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));

describe('service status', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('is healthy when the API and its database answer', async () => {
    vi.stubGlobal('fetch', answer(200, { status: 'ok', database: 'up', version: '1.0.0' }));
    const store = useServiceStatusStore();
    await store.check();
    expect(store.healthy).toBe(true);
    expect(store.summary).toBe('All systems working');
  });

  it('warns that changes cannot be saved when the database is down', async () => {
    vi.stubGlobal('fetch', answer(503, { status: 'degraded', database: 'down', version: '1.0.0' }));
    const store = useServiceStatusStore();
    await store.check();
    expect(store.healthy).toBe(false);
    expect(store.unreachable).toBe(false);
    expect(store.summary).toMatch(/database cannot be reached/);
  });

  it('warns when the service cannot be reached at all', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    const store = useServiceStatusStore();
    await store.check();
    expect(store.unreachable).toBe(true);
    expect(store.summary).toMatch(/cannot be reached/);
  });
});
