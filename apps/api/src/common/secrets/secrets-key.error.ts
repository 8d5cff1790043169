/** The key that seals stored secrets is unreadable, unwritable or not the one they were sealed with: Convene stops. */
export class SecretsKeyError extends Error {
  /** EX_CONFIG, as for any other setting that stops the start. */
  static readonly EXIT_CODE = 78;

  constructor(problem: string, remedy: string) {
    super(`${problem}: ${remedy} (docs/deploy.md, SECRETS_KEY).`);
    this.name = 'SecretsKeyError';
  }
}
