import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../config/app-config.js';
import { DOCS_PATH } from '../openapi/openapi.js';
import { registerBodyLimits } from './body-limits.js';
import { corsOptions } from './cors.js';
import { registerSecurityHeaders } from './security-headers.js';

/**
 * What faces browsers and oversized requests, before any route runs: CORS (CORS_ORIGINS),
 * security headers, and the per-route body limits (BODY_LIMIT_BYTES is the Fastify default,
 * set where the adapter is made). The rate limit is a guard (RateLimitModule), the statement
 * timeout a connection setting (data-source.options.ts). Call before app.init().
 */
export function protectEdge(app: NestFastifyApplication, config: AppConfig, apiPrefix: string): void {
  const cors = corsOptions(config.corsOrigins);
  if (cors) app.enableCors(cors);
  const fastify = app.getHttpAdapter().getInstance();
  registerSecurityHeaders(fastify, {
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
    docsPrefixes: [`/${DOCS_PATH}`],
    docsIdentityProvider: config.docs.oidc && new URL(config.docs.oidc.discoveryUrl).origin,
  });
  registerBodyLimits(fastify, apiPrefix, config.bodyLimitBytes);
}
