import { FAMILY_ROLE } from '@convene/domain';
import type { Queryable } from '../database/prepared-statement.repository.js';

/** A sign-in link found by its token, locked until the transaction that spends it ends. */
export interface SignInLinkRow {
  id: string;
  userId: string;
  browserNonceHash: string;
  expired: boolean;
  used: boolean;
}

/** One-time sign-in links, known by the hash of their token only. */
export class FamilySignInLinksRepository {
  constructor(private readonly db: Queryable) {}

  /** The family account an address belongs to, if it is live: active, and covering at least one child now. */
  async liveAccount(email: string): Promise<{ id: string; email: string } | undefined> {
    const [row] = await this.db.query<{ id: string; email: string }[]>(
      `SELECT u.id, u.email FROM users u
        WHERE u.email = lower($1) AND u.active AND $2 = ANY(u.roles)
          AND EXISTS (SELECT 1 FROM family_links l WHERE l.user_id = u.id AND l.removed_at IS NULL)`,
      [email, FAMILY_ROLE],
    );
    return row;
  }

  /** Whether the account may still sign in (it was not closed since the link was sent). */
  async isLive(userId: string): Promise<boolean> {
    const [row] = await this.db.query<{ live: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = $1 AND u.active
          AND EXISTS (SELECT 1 FROM family_links l WHERE l.user_id = u.id AND l.removed_at IS NULL)) AS live`,
      [userId],
    );
    return row!.live;
  }

  async create(
    userId: string,
    tokenHash: string,
    browserNonceHash: string,
    minutes: number,
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO family_sign_in_links (user_id, token_hash, browser_nonce_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4)) RETURNING id`,
      [userId, tokenHash, browserNonceHash, minutes],
    );
    return row!.id;
  }

  async lock(tokenHash: string): Promise<SignInLinkRow | undefined> {
    const [row] = await this.db.query<
      { id: string; user_id: string; browser_nonce_hash: string; expired: boolean; used: boolean }[]
    >(
      `SELECT id, user_id, browser_nonce_hash, expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM family_sign_in_links WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row
      ? {
          id: row.id,
          userId: row.user_id,
          browserNonceHash: row.browser_nonce_hash,
          expired: row.expired,
          used: row.used,
        }
      : undefined;
  }

  async spend(id: string): Promise<void> {
    await this.db.query(`UPDATE family_sign_in_links SET used_at = now() WHERE id = $1`, [id]);
  }
}
