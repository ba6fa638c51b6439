import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type CorsOptions = NonNullable<Parameters<NestFastifyApplication['enableCors']>[0]>;

/** What a browser page on an allowed origin may send and read. */
const ALLOWED_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'];
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'X-Request-Id'];
const EXPOSED_HEADERS = [
  'X-Request-Id',
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];
/** Seconds a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE = 600;

/**
 * CORS for the origins of CORS_ORIGINS (undefined: none configured, CORS stays off). Origins
 * are compared exactly; a request from any other origin, or without one, gets no CORS header
 * at all (a preflight from it is a 404). Credentials are never allowed: callers authenticate
 * with a bearer token they add themselves, never with cookies, so `*` (any origin) exposes
 * nothing a page could not already read with its own token.
 */
export function corsOptions(origins: readonly string[]): CorsOptions | undefined {
  if (origins.length === 0) return undefined;
  const allowed = new Set(origins);
  return {
    origin: allowed.has('*')
      ? '*'
      : (origin: string | undefined, done: (error: Error | null, allow: string | false) => void) =>
          done(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: false,
    methods: ALLOWED_METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
  };
}
