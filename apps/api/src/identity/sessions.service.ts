import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { preparedStatement } from '../database/prepared-statement.js';
import { SessionEvents } from './session-events.js';
import type { SessionUser } from './session-user.js';

/** A session ends 12 hours after sign-in, or after 2 hours without use, whichever comes first. */
export const SESSION_LIFETIME_HOURS = 12;
export const SESSION_IDLE_MINUTES = 120;
/** How often a session in use is noted as used: the idle limit is counted to within this. */
export const SESSION_TOUCH_SECONDS = 60;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Checks a session, reads its user and agency, and notes the session's use at most once a minute: a request that
 * writes nothing commits without waiting for the disk. Every request and every socket runs it, so it is planned once
 * per connection.
 */
const RESOLVE_SESSION = preparedStatement(
  'session-resolve',
  `WITH found AS (
     SELECT s.token_hash, s.last_seen_at, u.id, u.email, u.display_name, u.roles, u.agency_id, a.code AS agency_code, a.kind AS agency_kind
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN agencies a ON a.id = u.agency_id
      WHERE s.token_hash = $1 AND u.active
        AND s.ended_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2)),
   touched AS (
     UPDATE sessions s SET last_seen_at = now() FROM found f
      WHERE s.token_hash = f.token_hash AND f.last_seen_at < now() - make_interval(secs => $3))
   SELECT id, email, display_name, roles, agency_id, agency_code, agency_kind FROM found`,
);

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: SessionEvents,
  ) {}

  /** Starts a session and returns its token, which only the client keeps. */
  async start(userId: string, method: 'password' | 'oidc'): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = await this.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, sign_in_method)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4) RETURNING expires_at`,
      [hashToken(token), userId, SESSION_LIFETIME_HOURS, method],
    );
    return { token, expiresAt: row.expires_at };
  }

  /** The signed-in user for a token, or null if the session is unknown, ended, expired or idle too long. */
  async resolve(token: string): Promise<SessionUser | null> {
    const rows = await this.dataSource.query(RESOLVE_SESSION, [hashToken(token), SESSION_IDLE_MINUTES, SESSION_TOUCH_SECONDS]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      roles: row.roles,
      agencyId: row.agency_id,
      agencyCode: row.agency_code,
      agencyKind: row.agency_kind,
    };
  }

  async end(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    const [rows] = await this.dataSource.query(`UPDATE sessions SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL RETURNING user_id`, [tokenHash]);
    for (const row of rows) this.events.ended.next({ userId: row.user_id, tokenHash });
  }
}
