import type {
  BouncingAddress,
  NotificationList,
  NotificationPreferences,
  NotificationsMarkedRead,
  OutboundMessageView,
  Page,
  UpdateNotificationPreferences,
} from '@convene/contracts';
import { getJson, postJson, sendRaw } from './http';

export const listNotifications = () => getJson<NotificationList>('/api/notifications');
export const markNotificationsRead = (ids: string[]) =>
  postJson<NotificationsMarkedRead>('/api/notifications/read', { ids });
export const markAllNotificationsRead = () =>
  postJson<NotificationsMarkedRead>('/api/notifications/read-all');

export const notificationPreferences = () =>
  getJson<NotificationPreferences>('/api/notifications/preferences');
export const saveNotificationPreferences = (body: UpdateNotificationPreferences) =>
  sendRaw<NotificationPreferences>('PUT', '/api/notifications/preferences', body);

export const messagesSent = (page = 1) =>
  getJson<Page<OutboundMessageView>>(`/api/admin/messages?page=${page}&pageSize=50`);
export const bouncedAddresses = () => getJson<BouncingAddress[]>('/api/admin/bounced-addresses');
