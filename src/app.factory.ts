import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { frameworkErrorHandler, ProblemFilter } from './common/errors/problem.filter.js';
import { ValidationFailedException } from './common/errors/validation-failed.exception.js';
import { requestId } from './common/http/request-id.js';
import { setupSwagger } from './common/openapi/openapi.js';
import { jsonBodyErrors } from './common/validation/json-body-guard.js';
import { StrictValidationPipe } from './common/validation/strict-validation.pipe.js';
import type { AppConfig } from './config/app-config.js';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT_BYTES = 1024 * 1024;

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

/** Builds the fully configured application; `main.ts` and the e2e tests share it. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { preview?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    bodyLimit: BODY_LIMIT_BYTES,
    // Ids are up to 128 characters; longer ones must reach validation and get a clear 400.
    routerOptions: { maxParamLength: 1024 },
    frameworkErrors: frameworkErrorHandler,
    // Connections left idle by keep-alive clients are closed on shutdown.
    forceCloseConnections: 'idle',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    // Colours only on a terminal: piped logs stay plain text (and tokens copy cleanly).
    logger: new ConsoleLogger({ logLevels: LOG_LEVELS[config.logLevel], colors: process.stdout.isTTY === true }),
    // Preview builds the module graph without instantiating providers (no database):
    // enough to generate the OpenAPI document.
    preview: options.preview ?? false,
    // JSON only: Fastify's own application/json parser stays, nothing else is parsed.
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(
    new StrictValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
    }),
  );
  const filter = new ProblemFilter(app.get(HttpAdapterHost));
  app.useGlobalFilters(filter);
  const fastify = app.getHttpAdapter().getInstance();
  // Anything but JSON is 415 rather than a string the validators would misread.
  fastify.removeContentTypeParser('text/plain');
  // Before any pipe or schema: too deep for recursive code, or holding NUL, is a 400 naming the field.
  fastify.addHook('preValidation', (request, _reply, done) => {
    const errors = jsonBodyErrors(request.body);
    done(errors.length > 0 ? new ValidationFailedException(errors) : undefined);
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  setupSwagger(app);
  if (!options.preview) await app.init();
  return app;
}
