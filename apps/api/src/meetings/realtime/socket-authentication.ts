import { SESSION_COOKIE, type MeetingErrorCode } from '@convene/contracts';
import { parse } from 'cookie';
import type { Socket } from 'socket.io';
import type { SessionUser } from '../../identity/session-user.js';
import { twoStepEnrolmentHold } from '../../identity/two-step/two-step-enrolment-hold.js';
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
function handshakeToken(socket: Socket): string | null {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  if (typeof fromAuth === 'string' && fromAuth.length > 0) return fromAuth;
  const cookies = parse(socket.handshake.headers.cookie ?? '');
  return cookies[SESSION_COOKIE] ?? null;
}

/**
 * A refusal at the handshake, as the client's `connect_error` carries it: the message is the code, and
 * `data: { code, message, ... }` says why in words (and, for a limit, when to try again).
 */
export function handshakeRefusal(
  code: MeetingErrorCode,
  message: string,
  more: Record<string, unknown> = {},
): Error & { data: unknown } {
  return Object.assign(new Error(code), { data: { code, message, ...more } });
}

/**
 * socket.io middleware: a connection without a live session is refused at the handshake, and so is an
 * administrator's session held to setting up two-step sign-in, by the same rule as REST.
 */
export function authenticateSockets(sessions: SessionsService) {
  const authenticate = async (socket: Socket): Promise<Error | undefined> => {
    const token = handshakeToken(socket);
    const user = token ? await sessions.resolve(token) : null;
    if (!user || !token) return handshakeRefusal('unauthorised', 'Sign in to join a meeting.');
    const held = twoStepEnrolmentHold(user, 'connect', socket.handshake.address);
    if (held) return handshakeRefusal(held.code, held.message);
    const data: SocketData = {
      userId: user.id,
      user,
      sessionToken: token,
      sessionTokenHash: hashToken(token),
      sessionCheckedAt: Date.now(),
    };
    socket.data = data;
    return undefined;
  };
  return (socket: Socket, next: (error?: Error) => void): void =>
    void authenticate(socket).then(next, () =>
      next(handshakeRefusal('unavailable', 'Convene cannot check your session just now. Try again shortly.')),
    );
}

/**
 * Sessions ending (sign-out, deactivation, fewer roles) disconnect their sockets at once on every node through
 * SessionEvents; expiry (12 hours, or 2 idle) is caught by re-checking the session when the last check is older
 * than this, as often as a session in use is noted as used (SESSION_TOUCH_SECONDS). Every check is a database
 * round trip, so not one per vote.
 */
export const SESSION_RECHECK_MS = SESSION_TOUCH_SECONDS * 1000;
