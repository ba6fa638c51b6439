import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import type { Principal } from './common/auth/roles.js';
import { problemFrameworkErrors, ProblemFilter } from './common/errors/problem.filter.js';
import { ValidationFailedException } from './common/errors/validation-failed.exception.js';
import { problemClientErrorHandler } from './common/http/client-errors.js';
import { protectEdge } from './common/http/edge.js';
import { operationsRequiringBody, registerJsonBodyParser } from './common/http/json-body-parser.js';
import { requestId } from './common/http/request-id.js';
import { apiSecurityHeaders } from './common/http/security-headers.js';
import { AppLogger } from './common/logging/app-logger.js';
import { logRequests, REQUEST_COMPLETED } from './common/logging/request-logging.js';
import { setupSwagger } from './common/openapi/openapi.js';
import type { Identify } from './common/rate-limit/rate-limit.hook.js';
import { jsonBodyErrors } from './common/validation/json-body-guard.js';
import { StrictValidationPipe } from './common/validation/strict-validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { bearerTokenOf } from './modules/auth/jwt-auth.guard.js';
import { TokenVerifier } from './modules/auth/token-verifier.js';

export const API_PREFIX = 'api/v1';

/** Builds the fully configured application; `main.ts` and the e2e tests share it. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: {
    preview?: boolean;
    /** JSON logs (see common/logging); default: AppLogger.create(config), on stdout. */
    logger?: AppLogger;
  } = {},
): Promise<NestFastifyApplication> {
  const logger = options.logger ?? AppLogger.create(config);
  // For the answers no hook sees: the router's (bad URL, 414) and the HTTP parser's (431, 400).
  const securityHeaders = apiSecurityHeaders(config);
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    // BODY_LIMIT_BYTES; the batch-ingest routes get more (protectEdge below).
    bodyLimit: config.bodyLimitBytes,
    // Ids are up to 128 characters; longer ones must reach validation and get a clear 400.
    routerOptions: { maxParamLength: 1024 },
    frameworkErrors: problemFrameworkErrors(securityHeaders),
    clientErrorHandler: problemClientErrorHandler(securityHeaders, (line) =>
      logger.root.info({ ...line, method: null, route: null }, REQUEST_COMPLETED),
    ),
    // Connections left idle by keep-alive clients are closed on shutdown.
    forceCloseConnections: 'idle',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger,
    // Preview builds the module graph without instantiating providers (no database):
    // enough to generate the OpenAPI document.
    preview: options.preview ?? false,
    // JSON only: Fastify's own application/json parser stays, nothing else is parsed.
    bodyParser: false,
  });
  // CORS, security headers, rate limit, per-route body limits (src/common/http/edge.ts).
  protectEdge(app, config, API_PREFIX, bearerIdentity(app));

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
  // Request log lines: request id, method, route template, status, duration (nothing personal).
  logRequests(fastify, logger.root);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const document = setupSwagger(app, config.docs);
  // UTF-8 checked before parsing; an empty body is no body where the document requires none.
  const requiringBody = operationsRequiringBody(document);
  registerJsonBodyParser(fastify, (request) => requiringBody.has(`${request.method} ${request.routeOptions.url}`));
  if (!options.preview) await app.init();
  return app;
}

/** The rate limit's view of a bearer token: whom it names if it verifies (401s are the guard's). */
function bearerIdentity(app: NestFastifyApplication): Identify {
  let verifier: TokenVerifier | undefined;
  return async (authorization) => {
    const token = bearerTokenOf(authorization);
    if (token === undefined) return undefined;
    // Resolved on first use: a preview app (the OpenAPI generator) has no providers.
    verifier ??= app.get<TokenVerifier>(TokenVerifier);
    return verifier.verify(token).then(
      (principal): Principal | undefined => principal,
      () => undefined,
    );
  };
}
