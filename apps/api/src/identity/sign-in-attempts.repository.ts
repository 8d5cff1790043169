import type { Queryable } from '../database/prepared-statement.repository.js';

/** Every password sign-in attempt, by address and device: what account lockout and device limits count. */
export class SignInAttemptsRepository {
  constructor(private readonly db: Queryable) {}

  async record(email: string, clientAddress: string, succeeded: boolean): Promise<void> {
    await this.db.query(
      `INSERT INTO sign_in_attempts (email, client_address, succeeded) VALUES ($1, $2, $3)`,
      [email, clientAddress, succeeded],
    );
  }

  /** Attempts from the device in the last minutes. */
  async fromDevice(clientAddress: string, minutes: number): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sign_in_attempts
        WHERE client_address = $1 AND attempted_at > now() - make_interval(mins => $2)`,
      [clientAddress, minutes],
    );
    return row!.n;
  }

  /** The latest attempts for the address in the last minutes, newest first. */
  latestFor(
    email: string,
    minutes: number,
    limit: number,
  ): Promise<{ succeeded: boolean; attempted_at: Date }[]> {
    return this.db.query(
      `SELECT succeeded, attempted_at FROM sign_in_attempts
        WHERE email = $1 AND attempted_at > now() - make_interval(mins => $2)
        ORDER BY attempted_at DESC, id DESC LIMIT $3`,
      [email, minutes, limit],
    );
  }
}
