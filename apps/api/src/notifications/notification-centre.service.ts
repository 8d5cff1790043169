import { Injectable } from '@nestjs/common';
import type { NotificationList, NotificationsMarkedRead } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../identity/session-user.js';
import { NOTIFICATION_CHANNEL, type Announcement } from './notifier.js';
import { NotificationsRepository } from './notifications.repository.js';

/** A person's own notifications: the list, the unread count, and marking them read (in every tab at once). */
@Injectable()
export class NotificationCentreService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: SessionUser, limit: number): Promise<NotificationList> {
    const notifications = new NotificationsRepository(this.dataSource.manager);
    const [items, unread] = await Promise.all([
      notifications.newestOf(user.id, limit),
      notifications.unreadCounts([user.id]),
    ]);
    return { items, unreadCount: unread.get(user.id) ?? 0 };
  }

  /** `ids` null: every one. */
  markRead(user: SessionUser, ids: readonly string[] | null): Promise<NotificationsMarkedRead> {
    return this.dataSource.transaction(async (manager) => {
      const notifications = new NotificationsRepository(manager);
      const marked = await notifications.markRead(user.id, ids);
      const unreadCount = (await notifications.unreadCounts([user.id])).get(user.id) ?? 0;
      if (marked > 0)
        await notifications.announce(NOTIFICATION_CHANNEL, [
          JSON.stringify({
            recipientId: user.id,
            event: 'notifications.read',
            body: { ids: ids ? [...ids] : null, unreadCount },
          } satisfies Announcement),
        ]);
      return { marked, unreadCount };
    });
  }
}
