import type { Queryable } from '../database/prepared-statement.repository.js';

/** Browsers users have signed in from, known by the hash of their device cookie only. */
export class KnownDevicesRepository {
  constructor(private readonly db: Queryable) {}

  async find(tokenHash: string): Promise<{ id: string; user_id: string } | undefined> {
    const [row] = await this.db.query<{ id: string; user_id: string }[]>(
      `SELECT id, user_id FROM known_devices WHERE token_hash = $1`,
      [tokenHash],
    );
    return row;
  }

  async add(userId: string, tokenHash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO known_devices (user_id, token_hash, last_signed_in_at) VALUES ($1, $2, now())`,
      [userId, tokenHash],
    );
  }

  async noteSignIn(id: string): Promise<void> {
    await this.db.query(`UPDATE known_devices SET last_signed_in_at = now() WHERE id = $1`, [id]);
  }
}
