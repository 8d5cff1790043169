import { escapeHtml, type RenderedEmail } from '../notifications/notification-templates.js';

/** Where a family's sign-in link goes: the token rides in the fragment, so no server log or Referer ever holds it. */
export function familySignInLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/family/sign-in#token=${encodeURIComponent(token)}`;
}

/** The email with a family member's one-time sign-in link. It never names a child. */
export function familySignInEmail(link: string, validMinutes: number): RenderedEmail {
  const paragraphs = [
    'You asked to sign in to Convene, where the council shares what it is deciding about your child’s education, health and care needs assessment or plan.',
    `Open this link in the same browser you asked from. It works once, for ${validMinutes} minutes.`,
  ];
  const warning =
    'If you did not ask to sign in, you can ignore this email: nobody can sign in with it from another browser.';
  const text = [...paragraphs, link, warning].join('\n\n');
  const html = [
    '<!doctype html>',
    '<html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}">Sign in to Convene</a></p>`,
    `<p>${escapeHtml(warning)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: 'Your link to sign in to Convene', text, html };
}
