import { Module, type DynamicModule } from '@nestjs/common';
import { CouncilIdentityProvider } from './council-identity-provider.js';
import { OIDC_CONFIG, type OidcConfig } from './oidc-config.js';
import { OidcController } from './oidc.controller.js';
import { OidcSignInService } from './oidc-sign-in.service.js';

/**
 * Single sign-on through OpenID Connect. The routes exist whether or not it is set up, so the
 * authorization matrix is the same everywhere; without a configuration they answer 404 `sso_not_configured`.
 */
@Module({})
export class OidcModule {
  static forRoot(config: OidcConfig | null): DynamicModule {
    return {
      module: OidcModule,
      controllers: [OidcController],
      providers: [{ provide: OIDC_CONFIG, useValue: config }, CouncilIdentityProvider, OidcSignInService],
    };
  }
}
