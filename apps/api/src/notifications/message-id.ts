import { randomUUID } from 'node:crypto';

/** A Message-ID of its own for an email, made once when it is queued: `<uuid@the From address's domain>`. */
export function newMessageId(mailFrom: string): string {
  const domain = /@([^\s@<>]+)>?$/.exec(mailFrom)?.[1] ?? 'localhost';
  return `<${randomUUID()}@${domain}>`;
}
