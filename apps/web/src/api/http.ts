import type { ApiErrorBody } from '@convene/contracts';

/** An error answer from the API, with its stable code and, for validation, the fields at fault. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** GET a JSON resource from the API; throws ApiError with the server's error body on a 4xx/5xx. */
export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...init });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = body as Partial<ApiErrorBody> | null;
    throw new ApiError({
      statusCode: response.status,
      code: error?.code ?? 'unexpected_response',
      message: error?.message ?? `The server answered ${response.status}.`,
      fields: error?.fields,
    });
  }
  return body as T;
}
