import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { AppConfig } from '../../config/app-config.js';
import { SessionsService } from '../sessions.service.js';
import type { OidcConfig } from './oidc-config.js';
import type { OidcSignInPolicy } from './oidc-sign-in-policy.js';
import { OidcSignInService } from './oidc-sign-in.service.js';

/**
 * The sign-in service for one identity provider, under its own token, so the staff's and the families' live side by
 * side. `settings` picks the provider's settings from the configuration: null when the council has not set it up
 * (the routes still exist, and answer 404 `sso_not_configured`).
 */
export function oidcSignInServiceProvider(
  token: symbol,
  settings: (config: AppConfig) => OidcConfig | null,
  policy: OidcSignInPolicy,
): Provider {
  return {
    provide: token,
    inject: [AppConfig, SessionsService, AuditService, DataSource],
    useFactory: (config: AppConfig, sessions: SessionsService, audit: AuditService, dataSource: DataSource) =>
      new OidcSignInService(settings(config), policy, sessions, audit, dataSource),
  };
}
