import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { accessLine, accessMessage } from './access-line.js';
import { runInLogContext } from './log-context.js';
import { requestIdFor } from './request-id.js';
import { ROOT_LOGGER } from './root-logger.token.js';

/**
 * Gives each request its id (echoed in `X-Request-Id`), runs the rest of the request in a log context so every
 * line it writes carries that id, and writes one access line when the response is done (pino-http).
 */
@Injectable()
export class HttpLoggingMiddleware implements NestMiddleware {
  private readonly accessLog: HttpLogger<Request, Response>;

  constructor(@Inject(ROOT_LOGGER) logger: Logger) {
    this.accessLog = pinoHttp<Request, Response>({
      logger,
      genReqId: requestIdFor,
      // pino-http binds the whole request (headers, cookies included) to its lines unless told otherwise.
      wrapSerializers: false,
      serializers: { req: () => undefined, res: () => undefined },
      // Always `info`, a 500 included: what went wrong is the exception filter's `error` line, with the same id.
      useLevel: 'info',
      customSuccessObject: (request, response, line: { responseTime: number }) =>
        accessLine(request, response, line.responseTime),
      customErrorObject: (request, response, _error, line: { responseTime: number }) =>
        accessLine(request, response, line.responseTime),
      customSuccessMessage: accessMessage,
      customErrorMessage: accessMessage,
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    this.accessLog(request, response, () => runInLogContext({ requestId: request.id as string }, next));
  }
}
