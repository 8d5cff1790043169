import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test-support/fake-api';
import { aNotification } from '../test-support/notifications';
import { aScriptedSocket, type ScriptedRoomServer } from '../test-support/scripted-meeting-socket';

const server = vi.hoisted((): ScriptedRoomServer => ({
  handlers: new Map(),
  connects: 0,
  answer: () => ({ ok: true }),
}));
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('../api/meeting-socket', () => ({
  connectMeetingSocket: () => {
    opened.count++;
    return aScriptedSocket(server);
  },
}));

const { useNotificationsStore } = await import('./notifications');

describe('your notifications, live', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    server.handlers.clear();
    server.connects = 0;
    opened.count = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps one connection however often it is started', () => {
    const store = useNotificationsStore();
    store.start();
    store.start();
    expect(opened.count).toBe(1);
  });

  it('reads the list again on reconnecting, for what was told while the connection was down', async () => {
    let unread = 1;
    fakeApi({
      'GET /api/notifications': () => ({
        status: 200,
        body: { items: [aNotification()], unreadCount: unread },
      }),
    });
    const store = useNotificationsStore();
    store.start();
    server.handlers.get('connect')!();
    await flushPromises();
    expect(store.unreadCount).toBe(1);
    unread = 4;
    server.handlers.get('connect')!();
    await flushPromises();
    expect(store.unreadCount).toBe(4);
  });

  it('connects again after the wait when the server turned it away for connecting too often', () => {
    vi.useFakeTimers();
    const store = useNotificationsStore();
    store.start();
    const refusal = Object.assign(new Error('rate_limited'), {
      data: { code: 'rate_limited', retryAfterMs: 5_000 },
    });
    server.handlers.get('connect_error')!(refusal);
    vi.advanceTimersByTime(4_999);
    expect(server.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(server.connects).toBe(1);
  });

  it('forgets everything of the person on signing out', async () => {
    fakeApi({
      'GET /api/notifications': () => ({ status: 200, body: { items: [aNotification()], unreadCount: 1 } }),
    });
    const store = useNotificationsStore();
    store.start();
    server.handlers.get('connect')!();
    await flushPromises();
    store.stop();
    expect([store.unreadCount, store.items, store.announcement]).toEqual([null, null, '']);
  });
});
