import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import { APP_VERSION } from './common/app-version.js';
import { ApiErrorBodyDto } from './common/dto/api-error-body.dto.js';
import { declareRefusals } from './common/openapi/declare-refusals.js';
import { SecretBox } from './common/secrets/secret-box.js';
import { loadSecretsKey } from './common/secrets/secrets-key.js';
import { BODY_LIMIT, smallBodyLimit } from './common/small-body-limit.js';
import { PinoNestLogger } from './common/logging/nest-logger.js';
import { createRootLogger } from './common/logging/root-logger.js';
import { createValidationPipe } from './common/validation.js';
import { serveWebClient, webDistDir } from './common/web-client.js';
import { AppModule } from './app.module.js';
import { ConveneIoAdapter } from './meetings/realtime/convene-io.adapter.js';
import type { AppConfig } from './config/app-config.js';

/** Nest's logger over pino: LOG_LEVEL and LOG_FORMAT, one JSON object per line unless `pretty`. */
export function createLogger(config: AppConfig, destination?: DestinationStream): PinoNestLogger {
  return new PinoNestLogger(createRootLogger(config, destination));
}

export interface CreateAppOptions {
  /** Where log lines go instead of standard output (the tests read them). */
  logDestination?: DestinationStream;
}

/** Builds the whole application (API, docs, web client) without listening, for main.ts and the tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = createLogger(config, options.logDestination);
  // Before Nest: a missing or unreadable key stops the start with SecretsKeyError, which main.ts explains.
  const secrets = new SecretBox(await loadSecretsKey(config));
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl, logger.pino, secrets),
    {
      logger,
      // JSON only: no form parser, so a cross-site HTML form has nothing to send (see SameSiteRequestGuard).
      bodyParser: false,
    },
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  // Before the parser: an anonymous caller's body is bounded to 8 KB before anything reads it.
  app.use(smallBodyLimit);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI styles itself inline; nothing of ours needs inline script.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  if (config.PUBLIC_ORIGIN) app.enableCors({ origin: config.PUBLIC_ORIGIN, credentials: true });

  const document = declareRefusals(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Convene API')
        .setDescription(
          'REST API of Convene, the live room for the Decision-Making Group, the Health Gateway and the ' +
            'Multiagency Quality and Compliance Group. Every error has the body { statusCode, code, message, fields? }.',
        )
        .setVersion(APP_VERSION)
        .build(),
      { extraModels: [ApiErrorBodyDto] },
    ),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  const io = new ConveneIoAdapter(app, config);
  await io.connectRedis();
  app.useWebSocketAdapter(io);

  serveWebClient(app.getHttpAdapter().getInstance(), webDistDir(config.WEB_DIST_DIR));
  return app;
}
