import type { ApiErrorBody } from '@convene/contracts';
import { refusalInWords, secondsIn } from './refusal-words';

/** An error answer from the API, with its stable code and, for validation, the fields at fault. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** Any method, for the few calls the helpers below do not cover. */
export const sendRaw = <T = void>(method: string, path: string, body?: unknown) =>
  send<T>(method, path, body);

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answerOf<T>(response);
}

/**
 * The JSON answer, or an ApiError carrying the server's error body (or a plain one when a proxy answered instead),
 * its message in a person's words where the server's is for an integrator (see refusal-words.ts).
 */
async function answerOf<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) {
    const error = parseOrNothing(text) as Partial<ApiErrorBody> | undefined;
    const code = error?.code ?? 'unexpected_response';
    throw new ApiError({
      statusCode: response.status,
      code,
      message:
        refusalInWords(code, retryAfterSeconds(response)) ??
        error?.message ??
        `The server answered ${response.status}.`,
      fields: error?.fields,
    });
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Retry-After (RFC 9110): a number of seconds, or a date; null when the answer has none. */
function retryAfterSeconds(response: Response): number | null {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Math.max(1, Number(value));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : secondsIn(at - Date.now());
}

function parseOrNothing(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** POSTs a multipart form (a file upload): the browser sets the content type and its boundary itself. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  return answerOf<T>(response);
}

/** GET a JSON resource from the API; throws ApiError with the server's error body on a 4xx/5xx. */
export const getJson = <T>(path: string) => send<T>('GET', path);
export const postJson = <T>(path: string, body?: unknown) => send<T>('POST', path, body ?? {});
export const patchJson = <T>(path: string, body: unknown) => send<T>('PATCH', path, body);
