import type { OutboundMessageStatus, OutboundMessageView } from '@convene/contracts';
import { NOTIFICATION_KIND_RULES, type NotificationKind } from '@convene/domain';

/** Each status of an email in the outbox, in words and as a GOV.UK tag's colour. */
export const MESSAGE_STATUS: Record<OutboundMessageStatus, { label: string; tag: string }> = {
  queued: { label: 'Waiting to send', tag: 'govuk-tag--grey' },
  sending: { label: 'Sending', tag: 'govuk-tag--blue' },
  sent: { label: 'Sent', tag: 'govuk-tag--green' },
  failed: { label: 'To be tried again', tag: 'govuk-tag--yellow' },
  gave_up: { label: 'Refused for good', tag: 'govuk-tag--red' },
};

/** What an email was about, when it is not one of the notifications' own kinds. */
const OTHER_KINDS: Record<Exclude<OutboundMessageView['kind'], NotificationKind>, string> = {
  digest: 'Daily digest',
  family_sign_in_link: 'Family sign-in link',
  family_news: 'News of a child’s request, to their family',
};

const isOtherKind = (kind: OutboundMessageView['kind']): kind is keyof typeof OTHER_KINDS =>
  kind in OTHER_KINDS;

/** What an email was about: its kind's words, the daily digest, or a family's sign-in link or news. */
export const messageKind = (kind: OutboundMessageView['kind']): string =>
  isOtherKind(kind) ? OTHER_KINDS[kind] : NOTIFICATION_KIND_RULES[kind].label;
