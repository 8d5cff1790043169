import { Injectable } from '@nestjs/common';
import type { NotificationNew, NotificationsRead } from '@convene/contracts';
import { NOTIFICATION_KIND_RULES, type NotificationDelivery, type NotificationKind } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { renderEmail, signInLink, wordsFor, type NotificationFacts } from './notification-templates.js';
import { newMessageId } from './message-id.js';
import { NotificationsRepository, type Recipient } from './notifications.repository.js';
import { OutboxRepository } from './outbox.repository.js';

/** The PostgreSQL channel a committed notification is announced on, for every API node to push to its sockets. */
export const NOTIFICATION_CHANNEL = 'convene_notification';

/** A live event for one person's own connections. */
export type PersonalPush =
  | { event: 'notification.new'; body: NotificationNew }
  | { event: 'notifications.read'; body: NotificationsRead };

/** What a live push carries through PostgreSQL: who it is for, and the event as their sockets receive it. */
export type Announcement = PersonalPush & { recipientId: string };

export interface Notice<K extends NotificationKind> {
  kind: K;
  /** Names the change that causes it (`case-decided:<item id>`): each person is told of a cause once. */
  causeKey: string;
  recipientIds: readonly string[];
  /** A case reference or meeting id. */
  subjectRef: string | null;
  linkPath: string;
  facts: NotificationFacts[K];
  /** An iCalendar file to attach to the email (a meeting's agenda). */
  ics?: string | null;
}

/** How a person hears of a kind: their choice, except that a mandatory kind is never off. */
export function deliveryFor(kind: NotificationKind, recipient: Recipient): NotificationDelivery {
  const rules = NOTIFICATION_KIND_RULES[kind];
  if (!recipient.chosen || (recipient.chosen === 'off' && rules.mandatory)) return rules.defaultDelivery;
  return recipient.chosen;
}

/**
 * Tells people of a change, in the change's own transaction (the caller's EntityManager): the notification, its
 * email in the outbox, and the live push all commit with the change, or none of them happens. Deactivated users
 * and those who turned the kind off are not told; a cause already told to someone is not told again.
 */
@Injectable()
export class Notifier {
  constructor(private readonly config: AppConfig) {}

  /** Answers how many people were told. */
  async notify<K extends NotificationKind>(manager: EntityManager, notice: Notice<K>): Promise<number> {
    if (notice.recipientIds.length === 0) return 0;
    const notifications = new NotificationsRepository(manager);
    const recipients = (await notifications.recipients(notice.kind, notice.recipientIds))
      .map((r) => ({ ...r, delivery: deliveryFor(notice.kind, r) }))
      .filter((r) => r.delivery !== 'off');
    const words = wordsFor(notice.kind, notice.facts);
    const written = await notifications.write(
      recipients.map((r) => ({
        recipientId: r.id,
        kind: notice.kind,
        causeKey: notice.causeKey,
        subjectRef: notice.subjectRef,
        title: words.title,
        linkPath: notice.linkPath,
        delivery: r.delivery,
      })),
    );
    if (written.length === 0) return 0;
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const email = renderEmail(words, signInLink(this.config.PUBLIC_URL, notice.linkPath));
    await new OutboxRepository(manager).queue(
      written
        .filter((n) => byId.get(n.recipientId)!.delivery === 'now')
        .map((n) => ({
          notificationId: n.id,
          recipientId: n.recipientId,
          kind: notice.kind,
          causeKey: notice.causeKey,
          address: byId.get(n.recipientId)!.email,
          subject: email.subject,
          bodyText: email.text,
          bodyHtml: email.html,
          ics: notice.ics ?? null,
          messageId: newMessageId(this.config.MAIL_FROM),
        })),
    );
    const unread = await notifications.unreadCounts(written.map((n) => n.recipientId));
    await notifications.announce(
      NOTIFICATION_CHANNEL,
      written.map(({ recipientId, ...notification }) =>
        JSON.stringify({
          recipientId,
          event: 'notification.new',
          body: { notification, unreadCount: unread.get(recipientId) ?? 0 },
        } satisfies Announcement),
      ),
    );
    return written.length;
  }
}
