import { SESSION_COOKIE, type MeetingErrorCode } from '@convene/contracts';
import { FAMILY_ROLE } from '@convene/domain';
import { parse } from 'cookie';
import type { Socket } from 'socket.io';
import type { SessionUser } from '../../identity/session-user.js';
import { twoStepEnrolmentHold } from '../../identity/two-step/two-step-enrolment-hold.js';
import {
  hashToken,
  SESSION_IDLE_MINUTES,
  SESSION_TOUCH_SECONDS,
  type SessionsService,
} from '../../identity/sessions.service.js';

export interface SocketData {
  userId: string;
  user: SessionUser;
  sessionToken: string;
  sessionTokenHash: string;
  /** When the session ends whatever happens (ms since the epoch): the socket is closed then. */
  sessionExpiresAt: number;
  /** When this socket last used its session (ms): the handshake, a check, or a command. */
  sessionUsedAt: number;
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
 * administrator's session held to setting up two-step sign-in, by the same rule as REST, and a family account's.
 */
export function authenticateSockets(sessions: SessionsService) {
  const authenticate = async (socket: Socket): Promise<Error | undefined> => {
    const token = handshakeToken(socket);
    const live = token ? await sessions.resolveLive(token) : null;
    if (!live || !token) return handshakeRefusal('unauthorised', 'Sign in to join a meeting.');
    // A family account sees its own child's case on its own pages; the council's meetings are never its to join.
    if (live.user.roles.includes(FAMILY_ROLE))
      return handshakeRefusal('forbidden', 'Panel meetings are for the council’s staff and partners.');
    const held = twoStepEnrolmentHold(live.user, 'connect', socket.handshake.address);
    if (held) return handshakeRefusal(held.code, held.message);
    const data: SocketData = {
      userId: live.user.id,
      user: live.user,
      sessionToken: token,
      sessionTokenHash: hashToken(token),
      sessionExpiresAt: live.expiresAt.getTime(),
      sessionUsedAt: Date.now(),
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
 * A socket's session is checked in the database at the handshake, and again before a command only when it may have
 * ended there unseen: its 12 hours are up, or the socket has been idle so long that the session may have idled out
 * (a margin of two notings short of the 2 hours, as its use reaches the database within one). Sign-out,
 * deactivation and fewer roles disconnect at once through SessionEvents; other changes to who someone is put their
 * sockets in SESSION_CHECK_AGAIN_ROOM. Between checks a command costs the session nothing: its use is noted with
 * every other socket's in one statement a minute (SocketSessionUse). A check per command would cost a database
 * round trip each, and all of a meeting's members would make theirs in the same second after a quiet spell.
 */
export function sessionNeedsCheck(data: SocketData, now: number): boolean {
  const idleMarginMs = (SESSION_IDLE_MINUTES * 60 - 2 * SESSION_TOUCH_SECONDS) * 1000;
  return now >= data.sessionExpiresAt || now - data.sessionUsedAt >= idleMarginMs;
}

/** The room of sockets whose person changed (name, agency, two-step sign-in): each reads its session again. */
export const SESSION_CHECK_AGAIN_ROOM = 'session:check-again';
