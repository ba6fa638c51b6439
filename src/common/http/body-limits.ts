import type { FastifyInstance } from 'fastify';

/**
 * The batch-ingest routes' body limit. Their largest valid body, 1000 impressions with
 * 128-character ids and 200-character placements of 4-byte characters, is ~1.4 MB as compact
 * UTF-8 JSON and ~3.0 MB as Python's json.dumps writes it (non-ASCII as \u escapes, a space
 * after each separator): 4 MiB takes either (edge-limits.e2e-spec.ts sends both).
 */
export const INGEST_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** `METHOD /path` (below the API prefix) of the routes that take INGEST_BODY_LIMIT_BYTES. */
const INGEST_ROUTES = ['POST /interactions', 'POST /impressions'];

/**
 * Every route takes bodies up to `defaultLimit` (BODY_LIMIT_BYTES, set on the Fastify
 * instance); the batch-ingest routes up to the larger of it and INGEST_BODY_LIMIT_BYTES.
 * Must be registered before the routes are (i.e. before app.init()).
 */
export function registerBodyLimits(fastify: FastifyInstance, apiPrefix: string, defaultLimit: number): void {
  const ingestLimit = Math.max(defaultLimit, INGEST_BODY_LIMIT_BYTES);
  const ingest = new Set(INGEST_ROUTES.map((route) => route.replace(' ', ` /${apiPrefix}`)));
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((method) => ingest.has(`${method} ${route.url}`))) route.bodyLimit = ingestLimit;
  });
}
