import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config.js';
import type { ClaimedMessage } from '../outbox.repository.js';

/** What the mail server said: taken, refused for now (try again), or refused for good. */
export type SendResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** The SMTP reply code nodemailer found in a refusal, if the server answered at all. */
function responseCodeOf(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Sends one outbox message through the mail server at SMTP_URL, with its own Message-ID, so a copy sent again
 * after a crash is the same message to the mail systems that read it. A 5xx reply is a refusal for good; a 4xx, or
 * no answer at all (connection refused, timed out), is tried again later.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter?: Transporter;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      // A pool of connections kept open: one connection per message would cost a TCP (and TLS) handshake each.
      const url = new URL(config.SMTP_URL);
      url.searchParams.set('pool', 'true');
      this.transporter = createTransport(url.toString());
    }
  }

  /** False without SMTP_URL: messages wait in the outbox. */
  get configured(): boolean {
    return this.transporter !== undefined;
  }

  async send(message: ClaimedMessage): Promise<SendResult> {
    if (!this.transporter) return { ok: false, permanent: false, error: 'no mail server (SMTP_URL) is set' };
    try {
      await this.transporter.sendMail({
        from: this.config.MAIL_FROM,
        to: message.address,
        subject: message.subject,
        text: message.body_text,
        html: message.body_html,
        messageId: message.message_id,
        attachments: message.ics
          ? [
              {
                filename: 'meeting.ics',
                content: message.ics,
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              },
            ]
          : [],
      });
      return { ok: true };
    } catch (error) {
      const code = responseCodeOf(error);
      return {
        ok: false,
        permanent: code !== undefined && code >= 500,
        error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      };
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
