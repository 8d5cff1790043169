import { vi } from 'vitest';

type Handler = (init: RequestInit | undefined) => {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

export const A_CHAIR = {
  id: '3f0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
  email: 'chair@fernshire.example',
  displayName: 'Morgan Brightwater',
  roles: ['chair', 'panel_member'],
  agencyId: '0e0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
  agencyKind: 'send_service',
};

/** Stubs fetch with a small fake of the API: `METHOD /path` → answer. Unknown calls answer 404. */
export function fakeApi(routes: Record<string, Handler>) {
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${urlOf(input)}`;
    const handler = routes[key];
    const { status, body, headers } = handler
      ? handler(init)
      : { status: 404, body: { statusCode: 404, code: 'not_found', message: key } };
    return Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), { status, headers }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

export const healthy = () => ({ status: 200, body: { status: 'ok', database: 'up', version: '0.1.0' } });
export const signedInAs = (user: unknown) => () => ({ status: 200, body: user });
export const signedOut = () => ({
  status: 401,
  body: { statusCode: 401, code: 'unauthorised', message: 'You need to sign in.' },
});

/** The address a stubbed fetch was called with, whichever form the caller passed it in. */
export const urlOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** The JSON a stubbed fetch was sent. */
export const sentJson = <T = Record<string, unknown>>(init: RequestInit | undefined): T =>
  JSON.parse(init?.body as string) as T;
