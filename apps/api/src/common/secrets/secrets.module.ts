import { Global, Module, type DynamicModule } from '@nestjs/common';
import { SecretBox } from './secret-box.js';

/**
 * The SecretBox under SECRETS_KEY (or the data folder's key), for whatever must keep a secret in the database. The
 * key is loaded before Nest starts (createApp), so a problem with it stops the start with its own message.
 */
@Global()
@Module({})
export class SecretsModule {
  static forRoot(box: SecretBox): DynamicModule {
    return {
      module: SecretsModule,
      providers: [{ provide: SecretBox, useValue: box }],
      exports: [SecretBox],
    };
  }
}
