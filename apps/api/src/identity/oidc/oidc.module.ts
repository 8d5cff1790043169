import { Module } from '@nestjs/common';
import { OidcController, STAFF_OIDC_SIGN_IN } from './oidc.controller.js';
import { oidcSignInServiceProvider } from './oidc-sign-in.provider.js';
import { STAFF_SIGN_IN_POLICY } from './staff-sign-in-policy.js';

/**
 * Staff single sign-on through OpenID Connect (`OIDC_*`). The routes exist whether or not it is set up, so the
 * authorization matrix is the same everywhere; without a configuration they answer 404 `sso_not_configured`.
 */
@Module({
  controllers: [OidcController],
  providers: [oidcSignInServiceProvider(STAFF_OIDC_SIGN_IN, (config) => config.oidc, STAFF_SIGN_IN_POLICY)],
})
export class OidcModule {}
