import { familyNewsWords, type FamilyNews } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { newMessageId } from '../notifications/message-id.js';
import { OutboxRepository } from '../notifications/outbox.repository.js';
import { familySignInPage, renderFamilyEmail } from './family-email.js';
import { FamilyLinksRepository } from './family-links.repository.js';

/** The addresses the council's settings give its emails. */
export interface FamilyMailSettings {
  PUBLIC_URL: string;
  MAIL_FROM: string;
}

/**
 * Tells the family of a request's news by email, in the change's own transaction: queued in the outbox with the
 * step or exception that caused it, or not at all. Every live family account of the child hears, once per cause.
 */
export class FamilyNewsMessages {
  constructor(
    private readonly manager: EntityManager,
    private readonly settings: FamilyMailSettings,
  ) {}

  /** Answers how many family members were told. */
  async tell(requestId: string, news: FamilyNews, causeKey: string): Promise<number> {
    const words = familyNewsWords(news);
    if (!words) return 0;
    const members = await new FamilyLinksRepository(this.manager).liveAccountsOfRequest(requestId);
    const email = renderFamilyEmail({
      subject: words.subject,
      paragraphs: words.paragraphs,
      link: { href: familySignInPage(this.settings.PUBLIC_URL), text: 'Sign in to Convene' },
      closing: 'This email does not name your child, to keep their details private.',
    });
    const queued = await new OutboxRepository(this.manager).queue(
      members.map((member) => ({
        notificationId: null,
        recipientId: member.id,
        kind: 'family_news' as const,
        causeKey: `family-news:${causeKey}`,
        address: member.email,
        subject: email.subject,
        bodyText: email.text,
        bodyHtml: email.html,
        ics: null,
        messageId: newMessageId(this.settings.MAIL_FROM),
      })),
    );
    return queued.length;
  }
}
