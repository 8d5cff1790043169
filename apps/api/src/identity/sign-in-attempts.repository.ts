import type { Queryable } from '../database/prepared-statement.repository.js';

/** Every password sign-in attempt, by account, address and known device: what the sign-in limits count. */
export class SignInAttemptsRepository {
  constructor(private readonly db: Queryable) {}

  async record(
    email: string,
    clientAddress: string,
    knownDeviceId: string | null,
    succeeded: boolean,
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO sign_in_attempts (email, client_address, known_device_id, succeeded) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [email, clientAddress, knownDeviceId, succeeded],
    );
    return String(row!.id);
  }

  /** Failed attempts from the address in the last minutes, and when the oldest of them falls out of the window. */
  async failuresFromAddress(
    clientAddress: string,
    minutes: number,
  ): Promise<{ failures: number; oldest: Date | null }> {
    const [row] = await this.db.query<{ failures: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS failures, min(attempted_at) AS oldest FROM sign_in_attempts
        WHERE client_address = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2)`,
      [clientAddress, minutes],
    );
    return row!;
  }

  /**
   * The latest attempts at the account in the last minutes, newest first: from the one known device, or (null)
   * from browsers that are not a known device of the account.
   */
  latestFor(
    email: string,
    knownDeviceId: string | null,
    minutes: number,
    limit: number,
  ): Promise<{ succeeded: boolean; attempted_at: Date }[]> {
    return this.db.query(
      `SELECT succeeded, attempted_at FROM sign_in_attempts
        WHERE email = $1 AND known_device_id IS NOT DISTINCT FROM $2
          AND attempted_at > now() - make_interval(mins => $3)
        ORDER BY attempted_at DESC, id DESC LIMIT $4`,
      [email, knownDeviceId, minutes, limit],
    );
  }

  /** Failed attempts at the account, from anywhere, since its last successful sign-in. */
  async failuresSinceLastSuccess(email: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sign_in_attempts
        WHERE email = $1 AND NOT succeeded
          AND attempted_at > coalesce(
            (SELECT max(attempted_at) FROM sign_in_attempts WHERE email = $1 AND succeeded), '-infinity')`,
      [email],
    );
    return row!.n;
  }
}
