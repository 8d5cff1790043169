import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

/**
 * One line per request: method, path without its query string, status and time taken.
 * Query strings and bodies can carry a child's name (a search, a form), so they are never logged.
 */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('http');

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    response.setHeader('X-Request-Id', requestId);
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = request.originalUrl.split('?')[0];
      this.logger.log(`${request.method} ${path} ${response.statusCode} ${ms.toFixed(1)}ms id=${requestId}`);
    });
    next();
  }
}
