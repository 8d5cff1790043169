import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { OutboxRepository, type ClaimedMessage } from '../outbox.repository.js';
import { MailTransport } from './mail-transport.js';

const BATCH = 20;
const POLL_MS = 1_000;
/** A message refused for now this many times is given up, and shown to the administrators as such. */
const MAX_ATTEMPTS = 12;
const MAX_RETRY_SECONDS = 86_400;

/**
 * Delivers the outbox. Each batch is claimed in its own statement (FOR UPDATE SKIP LOCKED), so any number of
 * workers on any number of API nodes never take the same message; each result is recorded as soon as the mail
 * server answers. Without SMTP_URL it sends nothing and the messages wait, readable by administrators.
 */
@Injectable()
export class OutboxDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxDelivery');
  private readonly outbox: OutboxRepository;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailTransport,
  ) {
    this.outbox = new OutboxRepository(dataSource.manager);
  }

  onApplicationBootstrap(): void {
    if (this.config.NOTIFICATION_WORKERS === 'off' || !this.mail.configured) return;
    this.timer = setInterval(() => {
      this.running ??= this.deliverDue()
        .catch((error: Error) => this.logger.warn(`outbox delivery failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, POLL_MS);
  }

  /** Stops claiming; a send in flight finishes and its result is recorded. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Delivers what is due, batch after batch, until nothing is; answers how many were sent. */
  async deliverDue(): Promise<number> {
    if (!this.mail.configured) return 0;
    let sent = 0;
    while (!this.stopped) {
      const claimed = await this.outbox.claimDue(BATCH, this.config.MAIL_CLAIM_SECONDS);
      for (const message of claimed) if (await this.deliver(message)) sent += 1;
      if (claimed.length < BATCH) break;
    }
    return sent;
  }

  private async deliver(message: ClaimedMessage): Promise<boolean> {
    const result = await this.mail.send(message);
    if (result.ok) {
      await this.outbox.markSent(message.id);
      return true;
    }
    if (result.permanent || message.attempts >= MAX_ATTEMPTS) {
      await this.outbox.markGaveUp(message.id, result.error);
      if (result.permanent)
        await this.outbox.flagBouncing(message.recipient_id, message.address, result.error);
      this.logger.warn({ event: 'mail.gave_up', messageId: message.message_id, attempts: message.attempts });
      return false;
    }
    const retryIn = Math.min(this.config.MAIL_RETRY_SECONDS * 2 ** (message.attempts - 1), MAX_RETRY_SECONDS);
    await this.outbox.markFailed(message.id, result.error, retryIn);
    return false;
  }
}
