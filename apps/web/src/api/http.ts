import type { ApiErrorBody } from '@convene/contracts';

/** An error answer from the API, with its stable code and, for validation, the fields at fault. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** Any method, for the few calls the helpers below do not cover. */
export const sendRaw = <T = void>(method: string, path: string, body?: unknown) => send<T>(method, path, body);

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const error = parsed as Partial<ApiErrorBody> | undefined;
    throw new ApiError({
      statusCode: response.status,
      code: error?.code ?? 'unexpected_response',
      message: error?.message ?? `The server answered ${response.status}.`,
      fields: error?.fields,
    });
  }
  return parsed as T;
}

/** GET a JSON resource from the API; throws ApiError with the server's error body on a 4xx/5xx. */
export const getJson = <T>(path: string) => send<T>('GET', path);
export const postJson = <T>(path: string, body?: unknown) => send<T>('POST', path, body ?? {});
export const patchJson = <T>(path: string, body: unknown) => send<T>('PATCH', path, body);
