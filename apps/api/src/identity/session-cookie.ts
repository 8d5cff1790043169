import { SESSION_COOKIE } from '@convene/contracts';
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
