import type { Queryable } from '../../database/prepared-statement.repository.js';

export interface SecondFactorRow {
  /** Sealed with SecretBox (see two-step-secret.ts); plain only if written before secrets were sealed. */
  secret: string;
  confirmed_at: Date | null;
  last_used_step: string | null;
}

/** Users' authenticator apps and recovery codes. */
export class SecondFactorsRepository {
  constructor(private readonly db: Queryable) {}

  async of(userId: string): Promise<SecondFactorRow | undefined> {
    const [row] = await this.db.query<SecondFactorRow[]>(
      `SELECT secret, confirmed_at, last_used_step FROM second_factors WHERE user_id = $1`,
      [userId],
    );
    return row;
  }

  /** Every secret as it is stored (sealed, or plain from before they were sealed), for the check at start. */
  allSecrets(): Promise<{ user_id: string; secret: string }[]> {
    return this.db.query(`SELECT user_id, secret FROM second_factors`);
  }

  /** Stores a secret anew (sealed), only if it is still stored as `was`; false when it changed meanwhile. */
  async replaceSecret(userId: string, was: string, now: string): Promise<boolean> {
    const [rows] = await this.db.query<[unknown[], number]>(
      `UPDATE second_factors SET secret = $3 WHERE user_id = $1 AND secret = $2 RETURNING user_id`,
      [userId, was, now],
    );
    return rows.length === 1;
  }

  /** Starts (or starts again) an enrolment that is not yet confirmed; false when two-step sign-in is already on. */
  async startEnrolment(userId: string, sealedSecret: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `INSERT INTO second_factors (user_id, secret) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, last_used_step = NULL, created_at = now()
        WHERE second_factors.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, sealedSecret],
    );
    return rows.length === 1;
  }

  /**
   * Notes the step of an accepted code, only if it is later than any accepted before: false when the code (or an
   * earlier one) was already used, so a code seen over someone's shoulder cannot be replayed.
   */
  async useStep(userId: string, step: number, confirm: boolean): Promise<boolean> {
    // UPDATE and DELETE answer [rows, count].
    const [rows] = await this.db.query<[unknown[], number]>(
      `UPDATE second_factors SET last_used_step = $2,
              confirmed_at = CASE WHEN $3::boolean THEN coalesce(confirmed_at, now()) ELSE confirmed_at END
        WHERE user_id = $1 AND (last_used_step IS NULL OR last_used_step < $2)
       RETURNING user_id`,
      [userId, step, confirm],
    );
    return rows.length === 1;
  }

  async replaceRecoveryCodes(userId: string, hashes: string[]): Promise<void> {
    await this.db.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await this.db.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
      userId,
      hashes,
    ]);
  }

  unusedRecoveryCodes(userId: string): Promise<{ id: string; code_hash: string }[]> {
    return this.db.query(`SELECT id, code_hash FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [
      userId,
    ]);
  }

  async countUnusedRecoveryCodes(userId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return row!.n;
  }

  /** Spends a recovery code; false when it was spent meanwhile. */
  async useRecoveryCode(id: string): Promise<boolean> {
    const [rows] = await this.db.query<[unknown[], number]>(
      `UPDATE recovery_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  /** Turns two-step sign-in off: the app and every recovery code are forgotten. Whether there was one. */
  async remove(userId: string): Promise<boolean> {
    await this.db.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    const [rows] = await this.db.query<[unknown[], number]>(
      `DELETE FROM second_factors WHERE user_id = $1 RETURNING user_id`,
      [userId],
    );
    return rows.length === 1;
  }
}
