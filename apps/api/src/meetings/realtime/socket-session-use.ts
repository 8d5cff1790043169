import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SESSION_TOUCH_SECONDS, SessionsService } from '../../identity/sessions.service.js';

/**
 * Which sessions this node's sockets used since the last noting, written in one statement every
 * SESSION_TOUCH_SECONDS (and once more on shutdown), so a session used only through a live meeting does not idle
 * out, and a command never waits on it.
 */
@Injectable()
export class SocketSessionUse implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SocketSessionUse.name);
  private used = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly sessions: SessionsService) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.write(), SESSION_TOUCH_SECONDS * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.write();
  }

  /** A command through a socket used its session. */
  note(tokenHash: string): void {
    this.used.add(tokenHash);
  }

  /** Writes the sessions used since the last time; kept for the next time if the database cannot be reached. */
  async write(): Promise<void> {
    if (this.used.size === 0) return;
    const used = this.used;
    this.used = new Set();
    try {
      await this.sessions.noteUse([...used]);
    } catch (error) {
      for (const hash of used) this.used.add(hash);
      this.logger.warn(`could not note ${used.size} sessions' use: ${(error as Error).message}`);
    }
  }
}
