import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../common/secrets/secret-box.js';
import { SecretsKeyError } from '../../common/secrets/secrets-key.error.js';
import { SecondFactorsRepository } from './second-factors.repository.js';
import { openTwoStepSecret, sealTwoStepSecret } from './two-step-secret.js';

/**
 * At every start, after the migrations: seals any TOTP secret still stored in plain text, and proves that
 * SECRETS_KEY opens the sealed ones. This is not a migration because a migration cannot reach the key: the
 * migrations also run alone (docker/migrate.mjs, the TypeORM CLI) with nothing but DATABASE_URL. The first start
 * of this version seals every secret an earlier one stored; later starts find none. Two nodes starting at once
 * seal each secret once (TwoStepService seals one stored plain after this ran, on its first use).
 */
@Injectable()
export class TwoStepSecretsAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('TwoStepSecrets');

  constructor(
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const factors = new SecondFactorsRepository(this.dataSource.manager);
    let sealedNow = 0;
    const opened: string[] = [];
    const unopened: string[] = [];
    for (const { user_id: userId, secret } of await factors.allSecrets()) {
      if (!SecretBox.isSealed(secret)) {
        if (await factors.replaceSecret(userId, secret, sealTwoStepSecret(this.box, userId, secret)))
          sealedNow++;
        continue;
      }
      try {
        openTwoStepSecret(this.box, userId, secret);
        opened.push(userId);
      } catch {
        unopened.push(userId);
      }
    }
    if (sealedNow > 0) this.logger.log(`sealed ${sealedNow} two-step secrets that were stored in plain text`);
    // None opens: the key is not the one they were sealed with, and no one with an app could sign in.
    if (unopened.length > 0 && opened.length === 0)
      throw new SecretsKeyError(
        `the key does not open any of the ${unopened.length} stored two-step secrets`,
        'set SECRETS_KEY to the key they were sealed with, the same on every node',
      );
    // A few do not: changed in the database. Those people need their two-step sign-in reset by an administrator.
    if (unopened.length > 0)
      this.logger.error(
        `${unopened.length} stored two-step secrets do not open with the key; an administrator resets the ` +
          `two-step sign-in of these users: ${unopened.join(', ')}`,
      );
  }
}
