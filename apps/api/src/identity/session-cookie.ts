import { DEVICE_COOKIE, SESSION_COOKIE } from '@convene/contracts';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

/** The session token from the cookie, or from `Authorization: Bearer …` for integrations. */
export function readSessionToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookies = parse(request.headers.cookie ?? '');
  return cookies[SESSION_COOKIE] ?? null;
}

export function writeSessionCookie(
  request: Request,
  response: Response,
  token: string,
  expiresAt: Date,
): void {
  response.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      // Secure whenever the browser reached us over TLS (directly or through the proxy in front).
      secure: request.secure,
      sameSite: 'lax',
      path: '/',
      expires: expiresAt,
    }),
  );
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', {
      httpOnly: true,
      secure: request.secure,
      sameSite: 'lax',
      path: '/',
      expires: new Date(0),
    }),
  );
}

/** A browser stays a known device for a year after its last sign-in (browsers cap cookies at 400 days). */
const DEVICE_COOKIE_DAYS = 365;

/** The device cookie the browser sent, if any. */
export function readDeviceToken(request: Request): string | null {
  return parse(request.headers.cookie ?? '')[DEVICE_COOKIE] ?? null;
}

/** Makes the browser a known device of the user who just signed in; only sign-in ever reads it. */
export function writeDeviceCookie(request: Request, response: Response, token: string): void {
  response.append(
    'Set-Cookie',
    serialize(DEVICE_COOKIE, token, {
      httpOnly: true,
      secure: request.secure,
      sameSite: 'strict',
      path: '/api/auth',
      maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
    }),
  );
}
