import { Logger } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { SessionsService } from '../sessions.service.js';
import { CouncilIdentityProvider } from './council-identity-provider.js';
import type { SsoStatusDto } from './dto/sso-status.dto.js';
import type { OidcConfig } from './oidc-config.js';
import type { OidcSignInPolicy, VouchedBy } from './oidc-sign-in-policy.js';
import { SsoNotConfiguredError } from './oidc.errors.js';
import { PENDING_SIGN_IN_MINUTES, PendingSignInSeal, type PendingSignIn } from './pending-sign-in.js';
import { signInEmailFrom } from './sign-in-email.js';
import { SSO_FAILURE_REASONS, type SsoFailureReason } from './sso-failure.js';

/** Where the browser goes next, and what to remember on the way. */
export interface SsoRedirect {
  location: string;
  /** A sealed sign-in in progress, for the pending cookie (start only). */
  pending?: string;
  /** The new session (a successful callback only). */
  session?: { token: string; expiresAt: Date };
}

/** Thrown inside `finish` to end the attempt with a reason; never leaves this file. */
class SsoRefused extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

/**
 * Signs people in through one of the council's identity providers with the authorization code flow (PKCE
 * S256, state, nonce). The provider proves who someone is; whether they may use Convene is the policy's
 * (the staff's or the families'): nobody is created here, unknown addresses are refused.
 * One instance a provider, made by `oidcSignInServiceProvider`.
 */
export class OidcSignInService {
  private readonly logger: Logger;
  private readonly seal: PendingSignInSeal | null;
  private readonly provider: CouncilIdentityProvider | null;

  constructor(
    private readonly config: OidcConfig | null,
    private readonly policy: OidcSignInPolicy,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {
    this.logger = new Logger(policy.logName);
    this.seal = config ? new PendingSignInSeal(config.OIDC_CLIENT_SECRET) : null;
    this.provider = config ? new CouncilIdentityProvider(config) : null;
  }

  status(): SsoStatusDto {
    return this.config
      ? { enabled: true, label: this.config.OIDC_BUTTON_LABEL }
      : { enabled: false, label: '' };
  }

  /** Sends the browser to the provider, remembering (sealed, in the browser) how to check the answer. */
  async begin(returnTo: unknown): Promise<SsoRedirect> {
    const config = this.requireConfig();
    try {
      const configuration = await this.discovered();
      const pending: PendingSignIn = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        returnTo: this.policy.returnTo(returnTo),
        expiresAt: Date.now() + PENDING_SIGN_IN_MINUTES * 60_000,
      };
      const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: config.OIDC_REDIRECT_URI,
        scope: config.OIDC_SCOPES,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { location: authorizationUrl.href, pending: this.seal!.seal(pending) };
    } catch (error) {
      return this.refuse(error);
    }
  }

  /** Checks the provider's answer and, for an account the policy lets in, starts a session. */
  async finish(query: URLSearchParams, sealedPending: string | undefined): Promise<SsoRedirect> {
    const config = this.requireConfig();
    try {
      const pending = this.seal!.open(sealedPending);
      const providerError = query.get('error');
      if (providerError !== null)
        throw new SsoRefused(
          SSO_FAILURE_REASONS.providerError,
          oauthErrorDetail(providerError, query.get('error_description')),
        );
      if (!pending) throw new SsoRefused(SSO_FAILURE_REASONS.expired);
      if (!sameSecret(query.get('state'), pending.state))
        throw new SsoRefused(SSO_FAILURE_REASONS.stateMismatch);

      const claims = await this.exchangeCode(config, query, pending);
      const found = signInEmailFrom(claims, { acceptPreferredUsername: this.provider!.isEntra });
      if ('refused' in found) throw new SsoRefused(found.refused);

      const session = await this.startSession(found.email, {
        issuer: config.OIDC_ISSUER,
        subject: String(claims.sub),
      });
      return { location: pending.returnTo, session };
    } catch (error) {
      return this.refuse(error);
    }
  }

  /** The code for tokens (PKCE verifier, state, nonce, issuer and audience checked by openid-client); the ID token's claims. */
  private async exchangeCode(
    config: OidcConfig,
    query: URLSearchParams,
    pending: PendingSignIn,
  ): Promise<Record<string, unknown>> {
    const configuration = await this.discovered();
    // The registered redirect URI, not the Host header: behind the proxy the two can differ, and the
    // token endpoint insists on the exact URI the authorization request used.
    const currentUrl = new URL(config.OIDC_REDIRECT_URI);
    currentUrl.search = query.toString();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      return tokens.claims() as Record<string, unknown>;
    } catch (error) {
      throw new SsoRefused(
        unreachable(error) ? SSO_FAILURE_REASONS.providerUnreachable : SSO_FAILURE_REASONS.tokenRejected,
        errorDetail(error),
      );
    }
  }

  /** The account, its session and the audit record in one transaction: no sign-in without its record. */
  private startSession(email: string, vouchedBy: VouchedBy): Promise<{ token: string; expiresAt: Date }> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.policy.accountFor(manager, email);
      if ('refused' in account) throw new SsoRefused(account.refused);
      const session = await this.sessions.startWithin(manager, account.userId, 'oidc');
      await this.audit.record(manager, this.policy.signedIn(account.userId, vouchedBy));
      return session;
    });
  }

  private async discovered(): Promise<oidc.Configuration> {
    try {
      return await this.provider!.configuration();
    } catch (error) {
      throw new SsoRefused(SSO_FAILURE_REASONS.providerUnreachable, errorDetail(error));
    }
  }

  private refuse(error: unknown): SsoRedirect {
    const refusal =
      error instanceof SsoRefused ? error : new SsoRefused(SSO_FAILURE_REASONS.internal, errorDetail(error));
    // Reason codes and provider error codes only: never an email address, a name or a token.
    const line = `single sign-on refused: ${refusal.reason}${refusal.detail ? ` (${refusal.detail})` : ''}`;
    if (refusal.reason === SSO_FAILURE_REASONS.internal) this.logger.error(line);
    else this.logger.warn(line);
    return { location: this.policy.failedPath(refusal.reason) };
  }

  private requireConfig(): OidcConfig {
    if (!this.config) throw new SsoNotConfiguredError(this.policy.notConfigured);
    return this.config;
  }
}

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** A network failure or timeout, as opposed to an answer we did not accept. */
function unreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'TimeoutError' ||
    error.name === 'AbortError' ||
    (error instanceof TypeError && error.message === 'fetch failed')
  );
}

/** `invalid_grant AADSTS70008`: the OAuth error code and Entra's numbered reason, never the free text (it can name the person). */
function oauthErrorDetail(error: string, description: string | null | undefined): string {
  const code = /^[a-z_]{1,64}$/.test(error) ? error : 'unrecognised_error';
  const entraCode = description?.match(/\bAADSTS\d{4,6}\b/)?.[0];
  return entraCode ? `${code} ${entraCode}` : code;
}

function errorDetail(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) {
    return oauthErrorDetail(error.error, error.error_description);
  }
  if (error instanceof oidc.ClientError && error.code) return error.code;
  if (!(error instanceof Error)) return 'unknown';
  // A database error's SQLSTATE, say, but not its message.
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
