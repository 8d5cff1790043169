import * as oidc from 'openid-client';
import type { OidcConfig } from './oidc-config.js';

const DISCOVERY_TIMEOUT_SECONDS = 10;

/**
 * One of the council's identity providers (the staff's or the residents'), discovered on first use and then
 * remembered, so Convene starts (and other sign-in works) while the provider is down. A failed discovery is not
 * remembered: the next sign-in tries again.
 */
export class CouncilIdentityProvider {
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(private readonly config: OidcConfig) {}

  /** Entra's ID tokens name the person in `preferred_username` when they carry no `email`. */
  get isEntra(): boolean {
    return new URL(this.config.OIDC_ISSUER).hostname === 'login.microsoftonline.com';
  }

  configuration(): Promise<oidc.Configuration> {
    if (!this.discovered) {
      this.discovered = this.discover();
      this.discovered.catch(() => (this.discovered = null));
    }
    return this.discovered;
  }

  private discover(): Promise<oidc.Configuration> {
    const config = this.config;
    const issuer = new URL(config.OIDC_ISSUER);
    return oidc.discovery(
      issuer,
      config.OIDC_CLIENT_ID,
      undefined,
      oidc.ClientSecretPost(config.OIDC_CLIENT_SECRET),
      {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        // OidcConfig allows plain http only to this machine (development and the tests).
        execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      },
    );
  }
}
