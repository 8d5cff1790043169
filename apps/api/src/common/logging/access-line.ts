import type { Request, Response } from 'express';

/**
 * The fields of a request's one access line: method, path and route, status, time taken, who asked. Never the
 * query string, the body or a header: a search, a form or a cookie can carry a child's name or a session.
 */
export function accessLine(
  request: Request,
  response: Response,
  durationMs: number,
): Record<string, unknown> {
  return {
    requestId: request.id, // set by requestIdFor
    method: request.method,
    path: request.originalUrl.split('?')[0],
    route: (request.route as { path?: string } | undefined)?.path,
    statusCode: response.statusCode,
    durationMs,
    userId: request.sessionUser?.id,
  };
}

export function accessMessage(request: Request, response: Response): string {
  return `${request.method} ${request.originalUrl.split('?')[0]} ${response.statusCode}`;
}
