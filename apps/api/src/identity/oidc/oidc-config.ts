import { plainToInstance } from 'class-transformer';
import { IsNotEmpty, IsString, IsUrl, Length, MinLength, ValidateBy, validateSync } from 'class-validator';
import { InvalidConfigError } from '../../config/load-config.js';

/** Injects the single sign-on settings: an `OidcConfig`, or null when single sign-on is not set up. */
export const OIDC_CONFIG = Symbol('OIDC_CONFIG');

/** The one route the identity provider sends people back to; the redirect URI must end with it. */
const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['https', 'http'] };
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https everywhere; plain http only to this machine, for development and the tests. */
const securedOrLoopback = (value: unknown) => {
  const url = parseUrl(value);
  return (
    url !== null &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
  );
};

/**
 * Entra's shared endpoints (`common`, `organizations`, `consumers`) accept accounts from any tenant:
 * an email claim from another organisation's tenant proves nothing about the council's staff.
 */
const namesOneTenant = (value: unknown) => {
  const url = parseUrl(value);
  if (url === null || url.hostname !== 'login.microsoftonline.com') return true;
  const tenant = url.pathname.split('/')[1]?.toLowerCase() ?? '';
  return tenant !== '' && !['common', 'organizations', 'consumers'].includes(tenant);
};

function Satisfies(name: string, test: (value: unknown) => boolean, message: string): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: test } }, { message });
}

/**
 * Single sign-on through the council's OpenID Connect provider (Microsoft Entra ID in practice).
 * Read by `loadOidcConfig`, validated once at start like `AppConfig`, never from process.env elsewhere.
 */
export class OidcConfig {
  /** The issuer, exactly as the provider writes it: `https://login.microsoftonline.com/<tenant id>/v2.0` for Entra. */
  @IsUrl(URL_OPTIONS, { message: 'OIDC_ISSUER must be a URL' })
  @Satisfies(
    'securedOrLoopback',
    securedOrLoopback,
    'OIDC_ISSUER must use https (plain http only for localhost or 127.0.0.1)',
  )
  @Satisfies(
    'namesOneTenant',
    namesOneTenant,
    "OIDC_ISSUER must name the council's own Entra tenant (https://login.microsoftonline.com/<tenant id>/v2.0), not common, organizations or consumers",
  )
  OIDC_ISSUER!: string;

  /** The application (client) ID of Convene's app registration. */
  @IsNotEmpty({ message: 'OIDC_CLIENT_ID must be set when OIDC_ISSUER is' })
  OIDC_CLIENT_ID!: string;

  /** The app registration's client secret. Also keys the sealed cookie that carries a sign-in in progress. */
  @IsNotEmpty({ message: 'OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is' })
  @MinLength(16, { message: 'OIDC_CLIENT_SECRET must be at least 16 characters' })
  OIDC_CLIENT_SECRET!: string;

  /** Registered with the provider; the public address of `GET /api/auth/oidc/callback`. */
  @IsUrl(URL_OPTIONS, { message: 'OIDC_REDIRECT_URI must be a URL' })
  @Satisfies(
    'securedOrLoopback',
    securedOrLoopback,
    'OIDC_REDIRECT_URI must use https (plain http only for localhost or 127.0.0.1)',
  )
  @Satisfies(
    'endsWithCallbackPath',
    (value) => {
      const url = parseUrl(value);
      return (
        url !== null && url.pathname.endsWith(OIDC_CALLBACK_PATH) && url.search === '' && url.hash === ''
      );
    },
    `OIDC_REDIRECT_URI must end with ${OIDC_CALLBACK_PATH}, without a query string`,
  )
  OIDC_REDIRECT_URI!: string;

  @IsString()
  @Satisfies(
    'includesOpenid',
    (value) => typeof value === 'string' && value.split(/\s+/).includes('openid'),
    'OIDC_SCOPES must include openid',
  )
  OIDC_SCOPES = 'openid email profile';

  /** The words on the sign-in page's button. */
  @IsString()
  @Length(1, 80, { message: 'OIDC_BUTTON_LABEL must be 1 to 80 characters' })
  OIDC_BUTTON_LABEL = 'Sign in with your council account';
}

const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;
const OPTIONAL = ['OIDC_SCOPES', 'OIDC_BUTTON_LABEL'] as const;

/**
 * Reads the single sign-on settings; null when OIDC_ISSUER is not set (password sign-in only).
 * Throws an `InvalidConfigError` naming every bad variable, as `loadConfig` does.
 */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | null {
  const relevant: Record<string, string> = {};
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  if (relevant.OIDC_ISSUER === undefined) {
    // Half a configuration is a typo, not a decision to go without single sign-on: say so at start.
    const stray = REQUIRED.filter((key) => relevant[key] !== undefined);
    if (stray.length > 0) {
      throw new InvalidConfigError([
        { variable: 'OIDC_ISSUER', reasons: [`OIDC_ISSUER must be set when ${stray.join(', ')} is`] },
      ]);
    }
    return null;
  }
  const config = plainToInstance(OidcConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new InvalidConfigError(
      errors.map((e) => ({ variable: e.property, reasons: Object.values(e.constraints ?? {}) })),
    );
  }
  return config;
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
