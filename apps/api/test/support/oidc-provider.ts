import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The little of oidc-provider's API these tests use (the package ships no type declarations). */
interface OidcProviderInstance {
  callback(): (request: IncomingMessage, response: ServerResponse) => void;
}
type OidcProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProviderInstance;

/** A real OpenID Connect provider on a loopback port, standing in for the council's Entra tenant. */
export interface TestIdentityProvider {
  issuer: string;
  /** Someone who can sign in at the provider, by login name, and the claims it vouches for. */
  addAccount(login: string, claims: Record<string, unknown>): void;
  /**
   * Plays the person's browser, from Convene's redirect to the provider (cookies kept, redirects
   * followed, the login and consent forms submitted) until the provider sends the browser back
   * to the redirect URI; returns that URL, with its code and state.
   */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * A client registered for Convene's callback at `callbackPath`. The redirect URI is sent to the provider but never
 * fetched: the test is the browser, and carries the provider's answer to Convene's callback itself.
 */
export const aTestClient = (name: string, callbackPath: string): TestClient => ({
  clientId: `convene-${name}`,
  clientSecret: `the ${name} client secret of the tests`,
  redirectUri: `http://127.0.0.1${callbackPath}`,
});

/** Starts the provider on `port`, or on a free one. */
export async function startTestIdentityProvider(client: TestClient, port = 0): Promise<TestIdentityProvider> {
  // A specifier in a variable: TypeScript then asks for no declarations for this untyped package.
  const packageName = 'oidc-provider';
  const { default: Provider } = (await import(packageName)) as { default: OidcProviderClass };

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, unknown>>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    // Entra puts the email claims in the ID token itself, not only behind the userinfo endpoint.
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string) => {
      const claims = accounts.get(id);
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['test-identity-provider-cookie-key'] },
    jwks: {
      keys: [
        {
          ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          use: 'sig',
        },
      ],
    },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    addAccount: (login, claims) => accounts.set(login, claims),
    signIn: (authorizationUrl, login) =>
      playBrowser(new URL(authorizationUrl), login, new URL(client.redirectUri)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A loopback port nothing listens on (until someone takes it). */
export async function aClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function playBrowser(start: URL, login: string, redirectUri: URL): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = start;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.origin === redirectUri.origin && url.pathname === redirectUri.pathname) return url;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      body: form,
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0]!;
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) cookies.delete(name);
      else cookies.set(name, value);
    }
    form = undefined;
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location')!, url);
      continue;
    }
    const page = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    const action = /<form[^>]* action="([^"]+)"/.exec(page)?.[1];
    if (response.status !== 200 || !prompt || !action) {
      throw new Error(
        `the identity provider answered ${response.status} at ${url.pathname}: ${page.slice(0, 500)}`,
      );
    }
    url = new URL(action.replaceAll('&amp;', '&'), url);
    form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt });
  }
  throw new Error('the identity provider never sent the browser back to Convene');
}

/** The variables that send Convene to this provider as `client`: `OIDC_*` (staff) or `FAMILY_OIDC_*` (families). */
export function settingsFor(
  provider: TestIdentityProvider,
  client: TestClient,
  prefix: 'OIDC_' | 'FAMILY_OIDC_',
): Record<string, string> {
  return {
    [`${prefix}ISSUER`]: provider.issuer,
    [`${prefix}CLIENT_ID`]: client.clientId,
    [`${prefix}CLIENT_SECRET`]: client.clientSecret,
    [`${prefix}REDIRECT_URI`]: client.redirectUri,
  };
}
