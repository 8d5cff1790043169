import type { NotificationNew, NotificationsRead, NotificationView } from '@convene/contracts';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { connectMeetingSocket, type MeetingSocket } from '../api/meeting-socket';
import { listNotifications, markAllNotificationsRead, markNotificationsRead } from '../api/notifications';

/** How long to wait before connecting again when the server said "too many" without saying how long. */
const CONNECT_AGAIN_AFTER_MS = 60_000;

/**
 * The signed-in person's notifications: the unread count the header shows, the list, and new ones as they arrive.
 * One socket for the person (their `user:<id>` room on the meetings namespace), which socket.io reconnects on its
 * own; on every (re)connection the list is read again, so nothing told while away is missed. Components read this
 * store; they never touch the socket.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  /** Null until the first answer. */
  const unreadCount = ref<number | null>(null);
  /** Newest first; null until loaded. */
  const items = ref<NotificationView[] | null>(null);
  /** The latest arrival, for the screen reader live region. */
  const announcement = ref('');
  const socket = shallowRef<MeetingSocket | null>(null);
  let connectAgain: ReturnType<typeof setTimeout> | undefined;

  async function refresh(): Promise<void> {
    const list = await listNotifications();
    items.value = list.items;
    unreadCount.value = list.unreadCount;
  }

  function arrived({ notification, unreadCount: count }: NotificationNew): void {
    unreadCount.value = count;
    if (items.value && !items.value.some((n) => n.id === notification.id))
      items.value = [notification, ...items.value];
    announcement.value = `New notification: ${notification.title}`;
  }

  function read({ ids, unreadCount: count }: NotificationsRead): void {
    unreadCount.value = count;
    const now = new Date().toISOString();
    items.value =
      items.value?.map((n) => (n.readAt || (ids && !ids.includes(n.id)) ? n : { ...n, readAt: now })) ?? null;
  }

  /** Starts listening for the signed-in person; a second call while listening does nothing. */
  function start(): void {
    if (socket.value) return;
    const s = connectMeetingSocket();
    socket.value = s;
    // The list is the truth: read it on every connection, for what came while the socket was down.
    s.on('connect', () => void refresh().catch(() => undefined));
    s.on('connect_error', (error) => {
      // Turned away for connecting too often: socket.io does not try again by itself, so we do, after the wait.
      // Any other refusal (a session that ended) waits for the person to sign in again.
      const refusal = (error as Error & { data?: { code?: string; retryAfterMs?: number } }).data;
      if (refusal?.code !== 'rate_limited') return;
      clearTimeout(connectAgain);
      connectAgain = setTimeout(() => s.connect(), refusal.retryAfterMs ?? CONNECT_AGAIN_AFTER_MS);
    });
    s.on('notification.new', arrived);
    s.on('notifications.read', read);
  }

  /** On signing out: the socket closes and nothing of the person's is kept. */
  function stop(): void {
    clearTimeout(connectAgain);
    socket.value?.removeAllListeners();
    socket.value?.disconnect();
    socket.value = null;
    unreadCount.value = null;
    items.value = null;
    announcement.value = '';
  }

  async function markRead(id: string): Promise<void> {
    const notification = items.value?.find((n) => n.id === id);
    if (notification?.readAt) return;
    const answer = await markNotificationsRead([id]);
    read({ ids: [id], unreadCount: answer.unreadCount });
  }

  async function markAllRead(): Promise<void> {
    const answer = await markAllNotificationsRead();
    read({ ids: null, unreadCount: answer.unreadCount });
  }

  return { unreadCount, items, announcement, refresh, start, stop, markRead, markAllRead };
});
