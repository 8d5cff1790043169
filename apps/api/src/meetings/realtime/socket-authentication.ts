import { SESSION_COOKIE } from '@convene/contracts';
import { parse } from 'cookie';
import type { Socket } from 'socket.io';
import type { SessionUser } from '../../identity/session-user.js';
import { hashToken, SESSION_TOUCH_SECONDS, type SessionsService } from '../../identity/sessions.service.js';

export interface SocketData {
  userId: string;
  user: SessionUser;
  sessionToken: string;
  sessionTokenHash: string;
  /** When the session was last confirmed live (ms); commands re-check it when older than SESSION_RECHECK_MS. */
  sessionCheckedAt: number;
}

/** The session token a socket presents: `auth.token` from integrations, or the browser's session cookie. */
export function handshakeToken(socket: Socket): string | null {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  if (typeof fromAuth === 'string' && fromAuth.length > 0) return fromAuth;
  const cookies = parse(socket.handshake.headers.cookie ?? '');
  return cookies[SESSION_COOKIE] ?? null;
}

/** socket.io middleware: a connection without a live session is refused at the handshake. */
export function authenticateSockets(sessions: SessionsService) {
  const authenticate = async (socket: Socket, next: (error?: Error) => void): Promise<void> => {
    try {
      const token = handshakeToken(socket);
      const user = token ? await sessions.resolve(token) : null;
      if (!user || !token) {
        const error = new Error('unauthorised') as Error & { data?: unknown };
        error.data = { code: 'unauthorised', message: 'Sign in to join a meeting.' };
        return next(error);
      }
      const data: SocketData = {
        userId: user.id,
        user,
        sessionToken: token,
        sessionTokenHash: hashToken(token),
        sessionCheckedAt: Date.now(),
      };
      socket.data = data;
      next();
    } catch {
      const error = new Error('unavailable') as Error & { data?: unknown };
      error.data = {
        code: 'unavailable',
        message: 'Convene cannot check your session just now. Try again shortly.',
      };
      next(error);
    }
  };
  return (socket: Socket, next: (error?: Error) => void): void => void authenticate(socket, next);
}

/**
 * Sessions ending (sign-out, deactivation, fewer roles) disconnect their sockets at once on every node through
 * SessionEvents; expiry (12 hours, or 2 idle) is caught by re-checking the session when the last check is older
 * than this, as often as a session in use is noted as used (SESSION_TOUCH_SECONDS). Every check is a database
 * round trip, so not one per vote.
 */
export const SESSION_RECHECK_MS = SESSION_TOUCH_SECONDS * 1000;
