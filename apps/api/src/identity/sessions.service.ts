import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionEvents } from './session-events.js';
import { SessionsRepository, type SessionUserRow } from './sessions.repository.js';
import type { SessionUser } from './session-user.js';
import type { SignInMethod } from './session.entity.js';

/** A session ends 12 hours after sign-in, or after 2 hours without use, whichever comes first. */
const SESSION_LIFETIME_HOURS = 12;
export const SESSION_IDLE_MINUTES = 120;
/** How often a session in use is noted as used: the idle limit is counted to within this. */
export const SESSION_TOUCH_SECONDS = 60;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A live session's user, and the moment it ends whatever happens. */
export interface LiveSession {
  user: SessionUser;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  private readonly sessions: SessionsRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: SessionEvents,
  ) {
    this.sessions = new SessionsRepository(dataSource.manager);
  }

  /** Starts a session and returns its token, which only the client keeps. */
  async start(userId: string, method: SignInMethod): Promise<{ token: string; expiresAt: Date }> {
    return this.startWithin(this.dataSource.manager, userId, method);
  }

  /** As start, inside the caller's transaction: the session begins only if what let the person in commits too. */
  async startWithin(
    manager: EntityManager,
    userId: string,
    method: SignInMethod,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = await new SessionsRepository(manager).start(
      hashToken(token),
      userId,
      SESSION_LIFETIME_HOURS,
      method,
    );
    return { token, expiresAt };
  }

  /** The signed-in user for a token, or null if the session is unknown, ended, expired or idle too long. */
  async resolve(token: string): Promise<SessionUser | null> {
    return (await this.resolveLive(token))?.user ?? null;
  }

  /** As resolve, with the session's end: a live connection knows when to let go without asking again. */
  async resolveLive(token: string): Promise<LiveSession | null> {
    const row = await this.sessions.resolve(hashToken(token), SESSION_IDLE_MINUTES, SESSION_TOUCH_SECONDS);
    if (!row) return null;
    return { user: sessionUser(row), expiresAt: row.expires_at };
  }

  /** Notes that these sessions were used (by live connections), in one statement. */
  async noteUse(tokenHashes: readonly string[]): Promise<void> {
    if (tokenHashes.length > 0) await this.sessions.noteUse(tokenHashes, SESSION_IDLE_MINUTES);
  }

  async end(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    for (const userId of await this.sessions.end(tokenHash)) this.events.ended.next({ userId, tokenHash });
  }
}

function sessionUser(row: SessionUserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyKind: row.agency_kind,
    twoStepOn: row.two_step_on,
    // Single sign-on relies on the council's identity provider for a second factor.
    mustEnrolTwoStep: row.roles.includes('admin') && row.sign_in_method === 'password' && !row.two_step_on,
  };
}
