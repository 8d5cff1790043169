import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs } from '../../test-support/fake-api';
import { aNotification } from '../../test-support/notifications';
import { aScriptedSocket, type ScriptedRoomServer } from '../../test-support/scripted-meeting-socket';
import { visibleText } from '../../test-support/visible-text';

const server = vi.hoisted((): ScriptedRoomServer => ({
  handlers: new Map(),
  connects: 0,
  answer: () => ({ ok: true }),
}));
vi.mock('../../api/meeting-socket', () => ({ connectMeetingSocket: () => aScriptedSocket(server) }));

const UNREAD = aNotification();
const READ = aNotification({
  id: 'n2',
  kind: 'case_decided',
  title: 'Your case EHC-26-0007 was decided: agree',
  linkPath: '/meetings/m0',
  createdAt: '2026-12-01T14:00:00.000Z',
  readAt: '2026-12-01T15:00:00.000Z',
});

async function open(path: string, list = { items: [UNREAD, READ], unreadCount: 1 }) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(A_CHAIR),
    'GET /api/notifications': () => ({ status: 200, body: list }),
    'POST /api/notifications/read': () => ({ status: 200, body: { marked: 1, unreadCount: 0 } }),
    'POST /api/notifications/read-all': () => ({ status: 200, body: { marked: 1, unreadCount: 0 } }),
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  server.handlers.get('connect')?.();
  await vi.waitFor(() => expect(wrapper.find('h1').exists()).toBe(true));
  await flushPromises();
  return { wrapper, router, fetch };
}

/** The header link's name as a screen reader reads it: its hidden phrase where the visible part is hidden from it. */
function countLink(wrapper: Awaited<ReturnType<typeof open>>['wrapper']): string {
  const link = wrapper.get('header a[href="/notifications"]');
  const spoken = link.find('.govuk-visually-hidden');
  return spoken.exists() ? spoken.text() : visibleText(link);
}

describe('the notification centre', () => {
  beforeEach(() => server.handlers.clear());
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows in the header how many are unread, named for a screen reader as "Notifications, 1 unread"', async () => {
    const { wrapper } = await open('/');
    expect(countLink(wrapper)).toBe('Notifications, 1 unread');
    // Seen as the word and the number in a badge, hidden from screen readers, which read the phrase instead.
    expect(wrapper.get('header [aria-hidden="true"] .app-notification-count__badge').text()).toBe('1');
  });

  it('counts a new one live, without a reload, and says so politely', async () => {
    const { wrapper } = await open('/');
    const fresh = aNotification({ id: 'n3', title: 'The agenda is ready: Decision-Making Group' });
    server.handlers.get('notification.new')!({ notification: fresh, unreadCount: 2 });
    await flushPromises();
    expect(countLink(wrapper)).toBe('Notifications, 2 unread');
    expect(wrapper.get('header [aria-live="polite"]').text()).toBe(
      'New notification: The agenda is ready: Decision-Making Group',
    );
  });

  it('brings the count down when they are read in another tab', async () => {
    const { wrapper } = await open('/');
    server.handlers.get('notifications.read')!({ ids: null, unreadCount: 0 });
    await flushPromises();
    expect(countLink(wrapper)).toBe('Notifications');
  });

  it('lists them newest first, the unread marked in words, each linking to what it is about', async () => {
    const { wrapper } = await open('/notifications');
    expect(wrapper.get('h1').text()).toBe('Notifications');
    const items = wrapper.findAll('main li');
    expect(items.map((li) => li.get('a').text())).toEqual([UNREAD.title, READ.title]);
    expect(items.map((li) => li.find('.govuk-tag').exists() && li.get('.govuk-tag').text())).toEqual([
      'Unread',
      false,
    ]);
    expect(items.map((li) => li.get('.govuk-body-s').text())).toEqual([
      '7 December 2026 at 09:15',
      '1 December 2026 at 14:00, read',
    ]);
    expect(items[1]!.get('a').attributes('href')).toBe('/meetings/m0');
  });

  it('puts a new one at the top of the list as it arrives', async () => {
    const { wrapper } = await open('/notifications');
    const fresh = aNotification({
      id: 'n3',
      title: 'Advice for EHC-26-0099 was triaged to Speech and language',
    });
    server.handlers.get('notification.new')!({ notification: fresh, unreadCount: 2 });
    await flushPromises();
    expect(wrapper.findAll('main li a').map((a) => a.text())[0]).toBe(fresh.title);
    expect(wrapper.get('main').text()).toContain('2 unread');
  });

  it('marks one read when it is opened, and goes to what it is about', async () => {
    const { wrapper, router, fetch } = await open('/notifications');
    await wrapper.get('main li a').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/meetings/m1'), { timeout: 5_000 });
    const [, init] = fetch.mock.calls.find(([url]) => url === '/api/notifications/read')!;
    expect(sentJson(init)).toEqual({ ids: ['n1'] });
    expect(countLink(wrapper)).toBe('Notifications');
  });

  it('marks all read', async () => {
    const { wrapper, fetch } = await open('/notifications');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Mark all read')!
      .trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith(
      '/api/notifications/read-all',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(wrapper.findAll('main .govuk-tag')).toHaveLength(0);
    expect(wrapper.get('main').text()).toContain('All read');
    expect(wrapper.text()).toContain('All your notifications are marked read.');
    expect(countLink(wrapper)).toBe('Notifications');
  });

  it('says when there are none', async () => {
    const { wrapper } = await open('/notifications', { items: [], unreadCount: 0 });
    expect(wrapper.get('main').text()).toContain('You have no notifications.');
  });
});
