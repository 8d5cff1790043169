import { plainToInstance } from 'class-transformer';
import {
  Allow,
  IsNotEmpty,
  IsString,
  IsUrl,
  Length,
  MinLength,
  ValidateBy,
  validateSync,
  type ValidationArguments,
} from 'class-validator';
import { InvalidConfigError } from '../../config/load-config.js';

/**
 * One of Convene's registrations with an identity provider: the variables that set it up and the route the provider
 * sends people back to. Staff and residents (families) sign in through different providers, set up the same way.
 */
interface OidcRegistration {
  /** Before each variable's name: `OIDC_ISSUER` for staff, `FAMILY_OIDC_ISSUER` for residents. */
  prefix: 'OIDC_' | 'FAMILY_OIDC_';
  /** The one route the identity provider sends people back to; the redirect URI must end with it. */
  callbackPath: string;
  defaultScopes: string;
  defaultButtonLabel: string;
}

/** The council's staff identity provider (Microsoft Entra ID in practice). */
const STAFF_OIDC: OidcRegistration = {
  prefix: 'OIDC_',
  callbackPath: '/api/auth/oidc/callback',
  defaultScopes: 'openid email profile',
  defaultButtonLabel: 'Sign in with your council account',
};

/** The council's residents' identity provider, for parents, carers and young people. */
export const RESIDENTS_OIDC: OidcRegistration = {
  prefix: 'FAMILY_OIDC_',
  callbackPath: '/api/auth/family/oidc/callback',
  defaultScopes: 'openid email',
  defaultButtonLabel: 'Sign in with your resident account',
};

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

function Satisfies(
  name: string,
  test: (value: unknown, args?: ValidationArguments) => boolean,
  message: string | ((args: ValidationArguments) => string),
): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: test } }, { message });
}

const callbackPathOf = (args?: ValidationArguments) => (args?.object as OidcConfig | undefined)?.callbackPath;

/**
 * Single sign-on through one of the council's OpenID Connect providers, under the names of the staff's variables
 * (`OIDC_ISSUER`…) whichever registration it is. Read by `loadOidcConfig`, validated once at start like
 * `AppConfig`, never from process.env elsewhere.
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

  /** Registered with the provider; the public address of the registration's callback route. */
  @IsUrl(URL_OPTIONS, { message: 'OIDC_REDIRECT_URI must be a URL' })
  @Satisfies(
    'securedOrLoopback',
    securedOrLoopback,
    'OIDC_REDIRECT_URI must use https (plain http only for localhost or 127.0.0.1)',
  )
  @Satisfies(
    'endsWithCallbackPath',
    (value, args) => {
      const url = parseUrl(value);
      const callbackPath = callbackPathOf(args);
      return (
        url !== null &&
        callbackPath !== undefined &&
        url.pathname.endsWith(callbackPath) &&
        url.search === '' &&
        url.hash === ''
      );
    },
    (args) => `OIDC_REDIRECT_URI must end with ${callbackPathOf(args)}, without a query string`,
  )
  OIDC_REDIRECT_URI!: string;

  @IsString()
  @Satisfies(
    'includesOpenid',
    (value) => typeof value === 'string' && value.split(/\s+/).includes('openid'),
    'OIDC_SCOPES must include openid',
  )
  OIDC_SCOPES!: string;

  /** The words on the sign-in page's button. */
  @IsString()
  @Length(1, 80, { message: 'OIDC_BUTTON_LABEL must be 1 to 80 characters' })
  OIDC_BUTTON_LABEL!: string;

  /** The registration's callback route (not a variable: set by `loadOidcConfig`). */
  @Allow()
  callbackPath!: string;
}

const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;
const OPTIONAL = ['OIDC_SCOPES', 'OIDC_BUTTON_LABEL'] as const;

/**
 * Reads one registration's settings (the staff's unless told); null when its issuer is not set (no single sign-on
 * there). Throws an `InvalidConfigError` naming every bad variable by its own name, as `loadConfig` does.
 */
export function loadOidcConfig(
  env: NodeJS.ProcessEnv,
  registration: OidcRegistration = STAFF_OIDC,
): OidcConfig | null {
  // `OIDC_ISSUER` → `FAMILY_OIDC_ISSUER`, in names and in the reasons that quote them.
  const named = (text: string) => text.replace(/\bOIDC_/g, registration.prefix);
  const relevant: Record<string, string> = {};
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const value = env[named(key)];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  if (relevant.OIDC_ISSUER === undefined) {
    // Half a configuration is a typo, not a decision to go without single sign-on: say so at start.
    const stray = REQUIRED.filter((key) => relevant[key] !== undefined);
    if (stray.length > 0) {
      throw new InvalidConfigError([
        {
          variable: named('OIDC_ISSUER'),
          reasons: [named(`OIDC_ISSUER must be set when ${stray.join(', ')} is`)],
        },
      ]);
    }
    return null;
  }
  const config = plainToInstance(OidcConfig, {
    OIDC_SCOPES: registration.defaultScopes,
    OIDC_BUTTON_LABEL: registration.defaultButtonLabel,
    ...relevant,
    callbackPath: registration.callbackPath,
  });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new InvalidConfigError(
      errors.map((e) => ({
        variable: named(e.property),
        reasons: Object.values(e.constraints ?? {}).map(named),
      })),
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
