import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../config/app-config.js';
import { DOCS_PATH } from '../openapi/openapi.js';
import { type Identify, registerRateLimit } from '../rate-limit/rate-limit.hook.js';
import { registerBodyDrain } from './body-drain.js';
import { registerBodyLimits } from './body-limits.js';
import { corsOptions } from './cors.js';
import { registerSecurityHeaders } from './security-headers.js';

/**
 * What faces browsers and heavy callers, before any route runs: CORS (CORS_ORIGINS), security
 * headers, the per-caller rate limit (`identify` names the caller of a bearer token), the
 * per-route body limits (BODY_LIMIT_BYTES is the Fastify default, set where the adapter is
 * made) and the draining of bodies answered before they arrived. The statement timeout is a
 * connection setting (data-source.options.ts). Call before app.init().
 */
export function protectEdge(
  app: NestFastifyApplication,
  config: AppConfig,
  apiPrefix: string,
  identify: Identify,
): void {
  const cors = corsOptions(config.corsOrigins);
  if (cors) app.enableCors(cors);
  const fastify = app.getHttpAdapter().getInstance();
  registerSecurityHeaders(fastify, {
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
    docsPrefixes: [`/${DOCS_PATH}`],
    docsIdentityProvider: config.docs.oidc && new URL(config.docs.oidc.discoveryUrl).origin,
  });
  // After the CORS and security-header hooks: a 429 carries their headers.
  registerRateLimit(fastify, config.rateLimitPerMinute, identify);
  registerBodyLimits(fastify, apiPrefix, config.bodyLimitBytes);
  registerBodyDrain(fastify);
}
