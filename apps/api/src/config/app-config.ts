import { Transform } from 'class-transformer';
import type { OidcConfig } from '../identity/oidc/oidc-config.js';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

/**
 * Every setting Convene reads from the environment. Nothing else reads process.env:
 * it is validated once, at start, and a bad value stops the process with the variable's name.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** postgres://user:password@host:port/database. Without it, an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its data (only used without DATABASE_URL). */
  @IsString()
  @MinLength(1)
  CONVENE_DATA_DIR = 'data';

  /** redis://host:port. With it, socket.io rooms span every API node. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** `auto` loads the demo council into an empty database; `off` never does. */
  @IsIn(['auto', 'off'])
  DEMO_DATA: 'auto' | 'off' = 'auto';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** `json` for log shippers, `pretty` for a person at a terminal. */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** The browser origin allowed to call the API (CORS, socket.io Origin check). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_ORIGIN?: string;

  /**
   * Which proxies to trust for the client's address and protocol (Express `trust proxy`): `loopback`, or
   * e.g. `uniquelocal` or a subnet for nginx in front. Cookies are Secure when the original request was https.
   */
  @IsString()
  TRUST_PROXY = 'loopback';

  /** Where the built web client lives; the API serves it at `/`. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Single sign-on through OpenID Connect (Microsoft Entra ID), or null when OIDC_ISSUER is not set. Validated by its own class. */
  oidc: OidcConfig | null = null;
}
