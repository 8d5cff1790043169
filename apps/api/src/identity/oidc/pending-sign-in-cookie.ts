import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { PENDING_SIGN_IN_MINUTES } from './pending-sign-in.js';

/**
 * The sealed sign-in in progress; sent only to the routes of the provider it was started with (`path`:
 * `/api/auth/oidc` for staff, `/api/auth/family/oidc` for families), so one never finishes at the other.
 */
const PENDING_SIGN_IN_COOKIE = 'convene_oidc_pending';

export function readPendingSignInCookie(request: Request): string | undefined {
  return parse(request.headers.cookie ?? '')[PENDING_SIGN_IN_COOKIE];
}

export function writePendingSignInCookie(
  request: Request,
  response: Response,
  path: string,
  sealed: string,
): void {
  response.append(
    'Set-Cookie',
    serialize(PENDING_SIGN_IN_COOKIE, sealed, {
      httpOnly: true,
      secure: request.secure,
      // Lax, not Strict: the provider sends the browser back with a top-level GET from its own site.
      sameSite: 'lax',
      path,
      maxAge: PENDING_SIGN_IN_MINUTES * 60,
    }),
  );
}

/** A pending sign-in is used once, whether it succeeds or not. */
export function clearPendingSignInCookie(request: Request, response: Response, path: string): void {
  response.append(
    'Set-Cookie',
    serialize(PENDING_SIGN_IN_COOKIE, '', {
      httpOnly: true,
      secure: request.secure,
      sameSite: 'lax',
      path,
      expires: new Date(0),
    }),
  );
}
