import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ERROR_CODES, type ApiErrorBody } from '@convene/contracts';
import type { NextFunction, Request, Response } from 'express';
import { readSessionToken } from '../../identity/session-cookie.js';
import { hashToken } from '../../identity/sessions.service.js';
import { PersonLimits } from './person-limits.js';

/**
 * REST requests within RATE_LIMIT_REQUESTS_PER_MINUTE, counted per session (by its token's hash, before anything
 * reads the database) or, signed out, per address. Beyond it: 429, `rate_limited`, and Retry-After in seconds.
 */
@Injectable()
export class RestRateLimitMiddleware implements NestMiddleware {
  constructor(private readonly limits: PersonLimits) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const token = readSessionToken(request);
    const key = token ? `session:${hashToken(token)}` : `address:${request.ip ?? 'unknown'}`;
    const path = request.originalUrl.split('?')[0] ?? '';
    const refused = await this.limits.takeRequest(key, null, `${request.method} ${path}`, request.ip);
    if (!refused) return next();
    const body: ApiErrorBody = {
      statusCode: 429,
      code: ERROR_CODES.rateLimited,
      message: refused.message,
    };
    response.setHeader('Retry-After', String(Math.max(1, Math.ceil(refused.retryAfterMs / 1000))));
    response.status(429).json(body);
  }
}
