import { ERROR_CODES, type ApiErrorBody } from '@convene/contracts';
import type { NextFunction, Request, Response } from 'express';
import { readSessionToken } from '../identity/session-cookie.js';

/** What a request from someone not signed in may carry: a sign-in is well under 2 KB. */
const SMALL_BODY_LIMIT_BYTES = 8 * 1024;
/** Everyone else's JSON (the body parser's limit); file uploads have their own, larger, limits. */
export const BODY_LIMIT = '1mb';

/** The routes anyone may call, which take the small limit even with a session. */
const OPEN_ROUTES = [/^\/api\/auth\/sign-in\/?$/, /^\/api\/auth\/oidc(\/|$)/, /^\/api\/health(\/|$)/];

/**
 * Bounds a body before anything reads it: the open routes, and any request without a session cookie or bearer
 * token, may send at most 8 KB, declared up front (Content-Length), so an anonymous caller cannot make the API
 * parse and validate a large body. Others keep the body parser's 1 MB limit.
 */
export function smallBodyLimit(request: Request, response: Response, next: NextFunction): void {
  const open = OPEN_ROUTES.some((route) => route.test(request.path));
  if (!open && readSessionToken(request)) return next();
  const length = request.headers['content-length'];
  if (length === undefined && request.headers['transfer-encoding'] !== undefined) {
    refuse(response, 411, 'length_required', 'Send the length of the body (Content-Length).');
    return;
  }
  if (length !== undefined && Number(length) > SMALL_BODY_LIMIT_BYTES) {
    refuse(
      response,
      413,
      ERROR_CODES.payloadTooLarge,
      `The request body is too large: at most ${SMALL_BODY_LIMIT_BYTES / 1024} KB here.`,
    );
    return;
  }
  next();
}

function refuse(response: Response, statusCode: number, code: string, message: string): void {
  const body: ApiErrorBody = { statusCode, code, message };
  // The body is not read: close the connection rather than drain it.
  response.setHeader('Connection', 'close');
  response.status(statusCode).json(body);
}
