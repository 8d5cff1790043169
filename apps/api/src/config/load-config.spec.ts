import { describe, expect, it } from 'vitest';
import { InvalidConfigError, loadConfig } from './load-config.js';

describe('configuration at start', () => {
  it('starts with sensible defaults on a bare machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DEMO_DATA).toBe('auto');
  });

  it('limits each person by default, and takes lower limits from the environment', () => {
    expect(loadConfig({}).RATE_LIMIT_COMMANDS_PER_SECOND).toBe(20);
    expect(loadConfig({ RATE_LIMIT_COMMANDS_PER_SECOND: '5' }).RATE_LIMIT_COMMANDS_PER_SECOND).toBe(5);
    expect(() => loadConfig({ RATE_LIMIT_CONNECTIONS_PER_PERSON: '0' })).toThrow(
      /RATE_LIMIT_CONNECTIONS_PER_PERSON/,
    );
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'has spaces' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  it('reads which agencies triage through a gateway, and names ADVICE_GATEWAYS when one is unknown', () => {
    expect(loadConfig({}).ADVICE_GATEWAYS).toBeUndefined();
    expect(loadConfig({ ADVICE_GATEWAYS: 'health, educational_psychology' }).ADVICE_GATEWAYS).toBe(
      'health, educational_psychology',
    );
    expect(() => loadConfig({ ADVICE_GATEWAYS: 'health,housing' })).toThrow(/ADVICE_GATEWAYS.*housing/s);
    expect(() => loadConfig({ ADVICE_GATEWAYS: 'health;social_care' })).toThrow(/ADVICE_GATEWAYS/);
  });

  it('takes the port from PORT', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('names PORT when it is not a port number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('names DATABASE_URL when it is not a postgres URL', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://localhost/convene' });
      expect.unreachable('a mysql URL must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigError);
      expect((error as InvalidConfigError).problems.map((p) => p.variable)).toEqual(['DATABASE_URL']);
      expect((error as Error).message).toMatch(/DATABASE_URL must be a postgres/);
    }
  });

  it('lists every bad variable at once, not just the first', () => {
    try {
      loadConfig({ PORT: '0', DEMO_DATA: 'sometimes', REDIS_URL: 'localhost:6379' });
      expect.unreachable('three bad values must be refused');
    } catch (error) {
      const names = (error as InvalidConfigError).problems.map((p) => p.variable).sort();
      expect(names).toEqual(['DEMO_DATA', 'PORT', 'REDIS_URL']);
    }
  });
});
