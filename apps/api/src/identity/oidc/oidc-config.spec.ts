import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../../config/load-config.js';
import { loadOidcConfig, RESIDENTS_OIDC } from './oidc-config.js';

const ENTRA = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/8a2f1c3e-5b7d-4e9a-b1c2-3d4e5f6a7b8c/v2.0',
  OIDC_CLIENT_ID: '0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9',
  OIDC_CLIENT_SECRET: 'Abc8Q~a-long-client-secret-from-entra',
  OIDC_REDIRECT_URI: 'https://convene.northdale.gov.uk/api/auth/oidc/callback',
};

function problemsWith(env: Record<string, string>): string[] {
  try {
    loadOidcConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError);
    return (error as InvalidConfigError).problems.map((p) => p.variable).sort();
  }
  return [];
}

describe('single sign-on settings at start', () => {
  it('leaves single sign-on off when OIDC_ISSUER is not set', () => {
    expect(loadOidcConfig({})).toBeNull();
    expect(loadOidcConfig({ OIDC_ISSUER: '', OIDC_BUTTON_LABEL: 'Sign in' })).toBeNull();
  });

  it("reads a council's Entra registration, with the default scopes and label", () => {
    expect(loadOidcConfig(ENTRA)).toMatchObject({
      ...ENTRA,
      OIDC_SCOPES: 'openid email profile',
      OIDC_BUTTON_LABEL: 'Sign in with your council account',
    });
  });

  it('names OIDC_ISSUER when the rest is set without it: half a configuration is a mistake', () => {
    expect(problemsWith({ OIDC_CLIENT_ID: 'x' })).toEqual(['OIDC_ISSUER']);
  });

  it('names every missing or bad variable at once', () => {
    expect(
      problemsWith({
        OIDC_ISSUER: 'not a url',
        OIDC_REDIRECT_URI: 'https://convene.northdale.gov.uk/callback',
      }),
    ).toEqual(['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ISSUER', 'OIDC_REDIRECT_URI']);
  });

  it('refuses plain http except on this machine', () => {
    expect(problemsWith({ ...ENTRA, OIDC_ISSUER: 'http://login.microsoftonline.com/tenant/v2.0' })).toEqual([
      'OIDC_ISSUER',
    ]);
    expect(
      problemsWith({ ...ENTRA, OIDC_REDIRECT_URI: 'http://convene.northdale.gov.uk/api/auth/oidc/callback' }),
    ).toEqual(['OIDC_REDIRECT_URI']);
    expect(
      loadOidcConfig({
        ...ENTRA,
        OIDC_ISSUER: 'http://127.0.0.1:4000',
        OIDC_REDIRECT_URI: 'http://localhost:3000/api/auth/oidc/callback',
      }),
    ).not.toBeNull();
  });

  it("refuses Entra's shared endpoints, which accept any organisation's accounts", () => {
    for (const tenant of ['common', 'organizations', 'consumers']) {
      expect(
        problemsWith({ ...ENTRA, OIDC_ISSUER: `https://login.microsoftonline.com/${tenant}/v2.0` }),
      ).toEqual(['OIDC_ISSUER']);
    }
  });

  it('refuses scopes without openid, and a short client secret', () => {
    expect(problemsWith({ ...ENTRA, OIDC_SCOPES: 'email profile', OIDC_CLIENT_SECRET: 'short' })).toEqual([
      'OIDC_CLIENT_SECRET',
      'OIDC_SCOPES',
    ]);
  });
});

describe("the residents' identity provider's settings, for families", () => {
  // The same kind of registration, with the residents' provider, under the family names.
  const RESIDENTS: Record<string, string> = Object.fromEntries(
    Object.entries(ENTRA).map(([name, value]) => [
      `FAMILY_${name}`,
      value.replace('/api/auth/', '/api/auth/family/'),
    ]),
  );

  it('are read from FAMILY_OIDC_*, apart from the staff’s, with their own defaults', () => {
    expect(loadOidcConfig(RESIDENTS)).toBeNull();
    expect(loadOidcConfig(ENTRA, RESIDENTS_OIDC)).toBeNull();
    expect(loadOidcConfig(RESIDENTS, RESIDENTS_OIDC)).toMatchObject({
      OIDC_ISSUER: ENTRA.OIDC_ISSUER,
      OIDC_REDIRECT_URI: 'https://convene.northdale.gov.uk/api/auth/family/oidc/callback',
      OIDC_SCOPES: 'openid email',
      OIDC_BUTTON_LABEL: 'Sign in with your resident account',
      callbackPath: '/api/auth/family/oidc/callback',
    });
  });

  it('name the family variables in every problem, and want the family callback', () => {
    const problems = (() => {
      try {
        loadOidcConfig(
          {
            ...RESIDENTS,
            FAMILY_OIDC_REDIRECT_URI: ENTRA.OIDC_REDIRECT_URI,
            FAMILY_OIDC_SCOPES: 'email',
          },
          RESIDENTS_OIDC,
        );
      } catch (error) {
        return (error as InvalidConfigError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      {
        variable: 'FAMILY_OIDC_REDIRECT_URI',
        reasons: [
          'FAMILY_OIDC_REDIRECT_URI must end with /api/auth/family/oidc/callback, without a query string',
        ],
      },
      { variable: 'FAMILY_OIDC_SCOPES', reasons: ['FAMILY_OIDC_SCOPES must include openid'] },
    ]);
    expect(() => loadOidcConfig({ FAMILY_OIDC_CLIENT_ID: 'x' }, RESIDENTS_OIDC)).toThrow(
      'FAMILY_OIDC_ISSUER must be set when FAMILY_OIDC_CLIENT_ID is',
    );
  });
});
