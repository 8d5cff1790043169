/**
 * A reason the embedded PostgreSQL cannot run, told as the person at the terminal needs it: what is wrong
 * and what to do about it. The start command prints it and exits with EXIT_CODE, never a stack trace.
 */
export class EmbeddedPostgresError extends Error {
  /** EX_UNAVAILABLE from sysexits.h: a service the program needs is not available. */
  static readonly EXIT_CODE = 69;

  constructor(
    readonly problem: string,
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem}\nTo fix it: ${fix}`, options);
    this.name = 'EmbeddedPostgresError';
  }
}
