import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { DATABASE_URL } from '../../config/config.module.js';
import { NOTIFICATION_CHANNEL, type Announcement } from '../../notifications/notifier.js';
import { NotificationsRepository } from '../../notifications/notifications.repository.js';
import { MeetingBroadcaster } from '../engine/meeting-broadcaster.js';

const RECONNECT_MS = 1_000;

/**
 * Pushes notifications to their recipients' connections on this node. The notifier announces each through
 * PostgreSQL (NOTIFY), which tells every listening node only once the change's transaction has committed: a
 * notification is stored before anyone's screen shows it, and one for a change that rolled back is never shown.
 */
@Injectable()
export class NotificationPush implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationPush');
  private client?: pg.Client;
  private stopped = false;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly broadcaster: MeetingBroadcaster,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel !== NOTIFICATION_CHANNEL || !message.payload) return;
      const announced = JSON.parse(message.payload) as Announcement;
      this.broadcaster.toPersonHere(announced.recipientId, announced);
    });
    // A lost connection is opened again: notifications missed meanwhile are in the list the client reads on reconnecting.
    client.on('error', (error) =>
      this.logger.warn(`notification listener lost its connection: ${error.message}`),
    );
    client.on('end', () => {
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
    });
    await client.connect();
    await new NotificationsRepository(client).listen(NOTIFICATION_CHANNEL);
  }
}
