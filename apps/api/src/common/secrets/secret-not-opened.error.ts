/** A sealed secret that SECRETS_KEY does not open: another key sealed it, or someone changed it in the database. */
export class SecretNotOpenedError extends Error {
  constructor(why: string) {
    super(`A stored secret could not be opened: ${why}.`);
    this.name = 'SecretNotOpenedError';
  }
}
