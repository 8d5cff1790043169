import type { NotificationDelivery, NotificationKind } from '@convene/domain';

/**
 * One thing Convene told a person, as their notification centre lists it. It names a case by its reference only,
 * never the child: the same words go by email.
 */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** Plain English, one line: "Your case FS-0042 was decided: agreed". */
  title: string;
  /** A case reference or meeting id, whatever the notification is about. */
  subjectRef: string | null;
  /** Where in the app it leads, e.g. `/meetings/…` (a path, never a full address). */
  linkPath: string;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
}

export interface NotificationList {
  /** Newest first. */
  items: NotificationView[];
  unreadCount: number;
}

/** Marks some of your notifications read; those already read, or not yours, are left as they are. */
export interface MarkNotificationsRead {
  ids: string[];
}

export interface NotificationsMarkedRead {
  /** How many were unread and are now read. */
  marked: number;
  unreadCount: number;
}

/** How a person hears of one kind. */
export interface NotificationPreference {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  /** Statutory and safeguarding kinds: `off` is refused (422). */
  mandatory: boolean;
  label: string;
}

export interface NotificationPreferences {
  preferences: NotificationPreference[];
  /** When the daily digest is sent, England's time, HH:MM. */
  digestTime: string;
}

export interface UpdateNotificationPreferences {
  /** Only the kinds to change. */
  preferences?: { kind: NotificationKind; delivery: NotificationDelivery }[];
  digestTime?: string;
}

export const OUTBOUND_MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'failed', 'gave_up'] as const;
export type OutboundMessageStatus = (typeof OUTBOUND_MESSAGE_STATUSES)[number];

/** What an email is: one notification's, the daily digest, a family's one-time sign-in link, or news of their child's request. */
export type OutboundMessageKind = NotificationKind | 'digest' | 'family_sign_in_link' | 'family_news';

/** An email as the outbox keeps it: administrators read it on "messages sent", with or without a mail server. */
export interface OutboundMessageView {
  id: string;
  /** The stable Message-ID it is sent with. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  kind: OutboundMessageKind;
  /** `failed`: will be tried again at `nextAttemptAt`; `gave_up`: the mail server refused it for good. */
  status: OutboundMessageStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

/** An address a mail server refused for good: an administrator should correct it. */
export interface BouncingAddress {
  userId: string;
  displayName: string;
  email: string;
  bouncedAt: string;
  reason: string;
}

// ---------------------------------------------------------------- live (server → client, on /meetings)

/** A new notification, sent to the recipient's own room (`user:<id>`) on every node, after it is committed. */
export interface NotificationNew {
  notification: NotificationView;
  unreadCount: number;
}

/** Some of your notifications were marked read (in another tab or device). */
export interface NotificationsRead {
  /** Null: all of them. */
  ids: string[] | null;
  unreadCount: number;
}

export const NOTIFICATION_EVENTS = ['notification.new', 'notifications.read'] as const;
