import type { RenderedEmail } from '../notifications/notification-templates.js';
import { familySignInPage, renderFamilyEmail } from './family-email.js';

/** Where a family's sign-in link goes: the token rides in the fragment, so no server log or Referer ever holds it. */
export function familySignInLink(publicUrl: string, token: string): string {
  return `${familySignInPage(publicUrl)}#token=${encodeURIComponent(token)}`;
}

/** The email with a family member's one-time sign-in link. It never names a child. */
export function familySignInEmail(link: string, validMinutes: number): RenderedEmail {
  return renderFamilyEmail({
    subject: 'Your link to sign in to Convene',
    paragraphs: [
      'You asked to sign in to Convene, where the council shares what it is deciding about your child’s education, health and care needs assessment or plan.',
      `Open this link in the same browser you asked from. It works once, for ${validMinutes} minutes.`,
    ],
    link: { href: link, text: 'Sign in to Convene' },
    closing:
      'If you did not ask to sign in, you can ignore this email: nobody can sign in with it from another browser.',
  });
}
