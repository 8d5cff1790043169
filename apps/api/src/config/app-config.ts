import { Transform } from 'class-transformer';
import type { OidcConfig } from '../identity/oidc/oidc-config.js';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { SECRETS_KEY_FORMAT } from '../common/secrets/secrets-key.js';

const toInteger = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? value : Number(value);

/**
 * Every setting Convene reads from the environment. Nothing else reads process.env:
 * it is validated once, at start, and a bad value stops the process with the variable's name.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger)
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

  /**
   * The key that seals secrets kept in the database (authenticator apps' TOTP secrets): 32 random bytes, base64 or
   * hex (`openssl rand -base64 32`), the same on every node. Required in production; elsewhere, without it, a key
   * is made once in CONVENE_DATA_DIR (`secrets.key`) and used again on every start.
   */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.SECRETS_KEY !== undefined)
  @IsDefined({
    message: 'SECRETS_KEY must be set in production: 32 random bytes, e.g. from openssl rand -base64 32',
  })
  @Matches(SECRETS_KEY_FORMAT, {
    message: 'SECRETS_KEY must be 32 bytes in base64 (44 characters) or hex (64 characters)',
  })
  SECRETS_KEY?: string;

  /** redis://host:port. With it, socket.io rooms span every API node. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * Put before every key Convene keeps in Redis (the rate limits), so two deployments, or two test runs, sharing
   * one Redis never count in each other's keys. API nodes of one deployment must share it.
   */
  @Matches(/^[\w:.-]{0,64}$/, { message: 'REDIS_KEY_PREFIX may hold letters, digits, _ : . - (64 at most)' })
  REDIS_KEY_PREFIX = 'convene:';

  /**
   * Live-room commands one person may send in a second, over all their connections on every node; beyond it a
   * command is refused with `rate_limited` and nothing is done.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  RATE_LIMIT_COMMANDS_PER_SECOND = 20;

  /** Live-room connections one person may have open at once (tabs, devices), on every node together. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  RATE_LIMIT_CONNECTIONS_PER_PERSON = 10;

  /** New live-room connections one person may open in a minute (reconnections included). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  RATE_LIMIT_NEW_CONNECTIONS_PER_MINUTE = 30;

  /** REST requests one session (or, signed out, one address) may make in a minute; beyond it, 429 and Retry-After. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  RATE_LIMIT_REQUESTS_PER_MINUTE = 1200;

  /** The council's three-digit local authority number, written in the header of statutory returns (SEN2). */
  @IsOptional()
  @Matches(/^\d{3}$/, { message: "COUNCIL_LA_NUMBER must be the council's three-digit LA number, e.g. 391" })
  COUNCIL_LA_NUMBER?: string;

  /**
   * Which agencies' advice is triaged at a weekly gateway, comma-separated (`health`, `social_care`,
   * `educational_psychology`); the others are asked directly. Health always is. Default: health and social care.
   */
  @IsOptional()
  @Matches(/^\s*[a-z_]+(\s*,\s*[a-z_]+)*\s*$/, {
    message: 'ADVICE_GATEWAYS must list advice kinds, e.g. health,social_care,educational_psychology',
  })
  ADVICE_GATEWAYS?: string;

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

  /**
   * The mail server notifications are sent through: smtp://user:password@host:587 (STARTTLS when offered) or
   * smtps://…:465. Without it nothing is sent: messages wait in the outbox, readable by administrators.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Who notification emails come from: an address, or "Name <address>". Its domain ends every Message-ID. */
  @Matches(/^([^<>]+ <)?[^\s@<>]+@[^\s@<>]+>?$/, {
    message: 'MAIL_FROM must be an address, or Name <address>',
  })
  MAIL_FROM = 'Convene <convene@localhost>';

  /** The address people open Convene at: the links in emails go to its sign-in page. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * Seconds before a message the mail server refused for now (4xx, or no connection) is tried again; doubled at
   * each attempt, up to a day.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  MAIL_RETRY_SECONDS = 60;

  /**
   * Seconds a node holds an email it is sending. A node that dies mid-send leaves its message held this long; then
   * another node sends it again, with the same Message-ID.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  MAIL_CLAIM_SECONDS = 120;

  /**
   * `on`: this node delivers the outbox and runs the notification timers (due and overdue reminders, digests); safe
   * on every node at once. `off`: it does neither (tests drive them by hand).
   */
  @IsIn(['on', 'off'])
  NOTIFICATION_WORKERS: 'on' | 'off' = 'on';

  /** Single sign-on through OpenID Connect (Microsoft Entra ID), or null when OIDC_ISSUER is not set. Validated by its own class. */
  oidc: OidcConfig | null = null;

  /** Families' sign-in through the council's residents' identity provider, or null when FAMILY_OIDC_ISSUER is not set. */
  familyOidc: OidcConfig | null = null;
}
