import { FAMILY_LINK_BROWSER_COOKIE } from '@convene/contracts';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { SIGN_IN_LINK_MINUTES } from './family-sign-in.service.js';

/** Only the family sign-in routes ever read it. */
const COOKIE_PATH = '/api/auth/family';

/** The nonce of the browser that asked for a sign-in link: the link works only where it is. */
export function readLinkBrowserNonce(request: Request): string | null {
  return parse(request.headers.cookie ?? '')[FAMILY_LINK_BROWSER_COOKIE] ?? null;
}

export function writeLinkBrowserCookie(request: Request, response: Response, nonce: string): void {
  response.append(
    'Set-Cookie',
    serialize(FAMILY_LINK_BROWSER_COOKIE, nonce, {
      httpOnly: true,
      secure: request.secure,
      // Lax, not Strict: the link is opened from an email, a navigation from another site.
      sameSite: 'lax',
      path: COOKIE_PATH,
      maxAge: SIGN_IN_LINK_MINUTES * 60,
    }),
  );
}

export function clearLinkBrowserCookie(request: Request, response: Response): void {
  response.append(
    'Set-Cookie',
    serialize(FAMILY_LINK_BROWSER_COOKIE, '', {
      httpOnly: true,
      secure: request.secure,
      sameSite: 'lax',
      path: COOKIE_PATH,
      expires: new Date(0),
    }),
  );
}
