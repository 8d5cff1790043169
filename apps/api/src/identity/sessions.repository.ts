import type { AgencyKind, Role } from '@convene/domain';
import type { SignInMethod } from './session.entity.js';
import { preparedStatement, runPrepared, type Queryable } from '../database/prepared-statement.repository.js';

/** A live session's user and agency, as the database holds them. */
export interface SessionUserRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  agency_id: string;
  agency_code: string;
  agency_kind: AgencyKind;
  sign_in_method: SignInMethod;
  two_step_on: boolean;
  /** When the session ends whatever happens (12 hours after sign-in). */
  expires_at: Date;
}

/**
 * Checks a session, reads its user and agency, and notes the session's use at most once every $3 seconds: a request
 * that writes nothing commits without waiting for the disk. Every request and every socket runs it, so it is planned
 * once per connection.
 */
const RESOLVE_SESSION = preparedStatement<SessionUserRow>(
  'session-resolve',
  `WITH found AS (
     SELECT s.token_hash, s.last_seen_at, s.expires_at, s.sign_in_method, u.id, u.email, u.display_name, u.roles, u.agency_id,
            a.code AS agency_code, a.kind AS agency_kind, sf.confirmed_at IS NOT NULL AS two_step_on
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN agencies a ON a.id = u.agency_id
       LEFT JOIN second_factors sf ON sf.user_id = u.id
      WHERE s.token_hash = $1 AND u.active
        AND s.ended_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2)),
   touched AS (
     UPDATE sessions s SET last_seen_at = now() FROM found f
      WHERE s.token_hash = f.token_hash AND f.last_seen_at < now() - make_interval(secs => $3))
   SELECT id, email, display_name, roles, agency_id, agency_code, agency_kind, sign_in_method, two_step_on, expires_at
     FROM found`,
);

/** Sign-in sessions, known by the hash of their token only. */
export class SessionsRepository {
  constructor(private readonly db: Queryable) {}

  /** When it expires. */
  async start(tokenHash: string, userId: string, lifetimeHours: number, method: SignInMethod): Promise<Date> {
    const [row] = await this.db.query<{ expires_at: Date }[]>(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, sign_in_method)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4) RETURNING expires_at`,
      [tokenHash, userId, lifetimeHours, method],
    );
    return row!.expires_at;
  }

  /** The user of a live session, noting its use; undefined when it is unknown, ended, expired or idle too long. */
  async resolve(
    tokenHash: string,
    idleMinutes: number,
    touchSeconds: number,
  ): Promise<SessionUserRow | undefined> {
    return (await runPrepared(this.db, RESOLVE_SESSION, [tokenHash, idleMinutes, touchSeconds]))[0];
  }

  /**
   * Notes the use of many live sessions at once (those a node's sockets used since it last noted them): one
   * statement, not one per command.
   */
  async noteUse(tokenHashes: readonly string[], idleMinutes: number): Promise<void> {
    await this.db.query(
      `UPDATE sessions SET last_seen_at = now()
        WHERE token_hash = ANY($1::text[]) AND ended_at IS NULL AND expires_at > now()
          AND last_seen_at > now() - make_interval(mins => $2)`,
      [tokenHashes, idleMinutes],
    );
  }

  /** Whose session it was, if it was live. */
  async end(tokenHash: string): Promise<string[]> {
    const [rows] = await this.db.query<[{ user_id: string }[], number]>(
      `UPDATE sessions SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL RETURNING user_id`,
      [tokenHash],
    );
    return rows.map((r) => r.user_id);
  }
}
