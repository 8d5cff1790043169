import { Global, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { HttpLoggingMiddleware } from './http-logging.middleware.js';
import { ROOT_LOGGER } from './root-logger.token.js';

/** The app's pino logger, injectable, and the request id and access line on every API request. */
@Global()
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      providers: [{ provide: ROOT_LOGGER, useValue: logger }, HttpLoggingMiddleware],
      exports: [ROOT_LOGGER],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpLoggingMiddleware).forRoutes('*path');
  }
}
