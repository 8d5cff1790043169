import { gatewayAdviceSetting } from '@convene/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { loadOidcConfig, RESIDENTS_OIDC } from '../identity/oidc/oidc-config.js';
import { AppConfig } from './app-config.js';

export class InvalidConfigError extends Error {
  constructor(readonly problems: { variable: string; reasons: string[] }[]) {
    super(
      'Convene cannot start: the configuration is not valid.\n' +
        problems.map((p) => `  ${p.variable}: ${p.reasons.join('; ')}`).join('\n'),
    );
    this.name = 'InvalidConfigError';
  }
}

/** Reads and validates the environment; throws an error that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).filter((key) => key !== 'oidc' && key !== 'familyOidc');
  const relevant: Record<string, string> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'SECRETS_KEY',
    'REDIS_URL',
    'PUBLIC_ORIGIN',
    'WEB_DIST_DIR',
    'SMTP_URL',
    'COUNCIL_LA_NUMBER',
    'ADVICE_GATEWAYS',
  ]) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new InvalidConfigError(
      errors.map((e) => ({ variable: e.property, reasons: Object.values(e.constraints ?? {}) })),
    );
  }
  try {
    gatewayAdviceSetting(config.ADVICE_GATEWAYS);
  } catch (error) {
    throw new InvalidConfigError([{ variable: 'ADVICE_GATEWAYS', reasons: [(error as Error).message] }]);
  }
  // Validated on its own (and after the whitelist above, which would strip it): throws InvalidConfigError too.
  config.oidc = loadOidcConfig(env);
  config.familyOidc = loadOidcConfig(env, RESIDENTS_OIDC);
  return config;
}
