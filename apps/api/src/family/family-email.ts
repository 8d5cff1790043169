import { escapeHtml, type RenderedEmail } from '../notifications/notification-templates.js';

/** An email to a family member: a few short paragraphs, one link, and a closing line. It never names a child. */
export interface FamilyEmail {
  subject: string;
  paragraphs: readonly string[];
  link: { href: string; text: string };
  closing: string;
}

/** Where a family member signs in: they ask for a one-time link there, sent to the address we hold for them. */
export function familySignInPage(publicUrl: string): string {
  return `${publicUrl.replace(/\/$/, '')}/family/sign-in`;
}

/** The email's text part and an HTML part saying the same. */
export function renderFamilyEmail(email: FamilyEmail): RenderedEmail {
  const text = [...email.paragraphs, email.link.href, email.closing].join('\n\n');
  const html = [
    '<!doctype html>',
    '<html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4">',
    ...email.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(email.link.href)}">${escapeHtml(email.link.text)}</a></p>`,
    `<p>${escapeHtml(email.closing)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: email.subject, text, html };
}
