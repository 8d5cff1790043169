import type { OutboundMessageStatus, OutboundMessageView } from '@convene/contracts';
import { NOTIFICATION_KIND_RULES } from '@convene/domain';

/** Each status of an email in the outbox, in words and as a GOV.UK tag's colour. */
export const MESSAGE_STATUS: Record<OutboundMessageStatus, { label: string; tag: string }> = {
  queued: { label: 'Waiting to send', tag: 'govuk-tag--grey' },
  sending: { label: 'Sending', tag: 'govuk-tag--blue' },
  sent: { label: 'Sent', tag: 'govuk-tag--green' },
  failed: { label: 'To be tried again', tag: 'govuk-tag--yellow' },
  gave_up: { label: 'Refused for good', tag: 'govuk-tag--red' },
};

/** What an email was about: its kind's words, the daily digest, or a family's sign-in link. */
export const messageKind = (kind: OutboundMessageView['kind']): string =>
  kind === 'digest'
    ? 'Daily digest'
    : kind === 'family_sign_in_link'
      ? 'Family sign-in link'
      : NOTIFICATION_KIND_RULES[kind].label;
