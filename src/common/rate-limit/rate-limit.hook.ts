import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { Principal } from '../auth/roles.js';
import { FixedWindowLimiter } from './fixed-window-limiter.js';

const MINUTE_MS = 60_000;

/** Routes never limited: load balancers and orchestrators poll them. */
const UNLIMITED_ROUTES = new Set(['/health']);

/** The caller a bearer token verifiably names, or undefined (no token, or one that does not verify). */
export type Identify = (authorization: string | undefined) => Promise<Principal | undefined>;

/** The budget a request counts against: the verified token's subject, else the client IP. */
export function callerOf(request: { user?: Principal; ip: string }): string {
  return request.user?.subject ? `subject:${request.user.subject}` : `ip:${request.ip}`;
}

/**
 * RATE_LIMIT_PER_MINUTE per caller over all routes together (see callerOf; 0: no limit).
 * Every request counts but those to `/health`: refused ones (401, 403, 404, 400, 413) and
 * Swagger UI's pages and document as well. A Fastify hook rather than a Nest guard: guards run
 * only for requests that reach a controller, after the body is read, and only if the guards
 * before them let the request through. `identify` verifies the token itself (the verifier
 * caches HS256 results), so a forged `sub` cannot pick someone else's budget. Every limited
 * response says where the caller stands (X-RateLimit-*); a refused one is a 429 problem+json
 * with Retry-After (the filter sets it from `retryAfter`). Register after the CORS and
 * security-header hooks, so that a 429 carries their headers.
 *
 * Not @nestjs/throttler: it is CommonJS requiring the ESM-only @nestjs/common, which Jest's
 * module loader cannot do before Node 24.9, and its in-memory storage keeps a timestamp per
 * request and filters them all on every request (~240 µs per request at 6000 a minute).
 */
export function registerRateLimit(fastify: FastifyInstance, perMinute: number, identify: Identify): void {
  if (perMinute === 0) return;
  const limiter = new FixedWindowLimiter(perMinute, MINUTE_MS);
  fastify.addHook('onClose', (_instance, done) => {
    limiter.stop();
    done();
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (UNLIMITED_ROUTES.has(request.routeOptions.url ?? '')) return;
    const user = await identify(request.headers.authorization);
    // Kept for the authentication guard, which then does not verify the same token again.
    if (user) (request as { user?: Principal }).user = user;
    const hit = limiter.hit(callerOf({ user, ip: request.ip }));
    void reply
      .header('x-ratelimit-limit', hit.limit)
      .header('x-ratelimit-remaining', hit.remaining)
      .header('x-ratelimit-reset', hit.resetSeconds);
    if (hit.allowed) return;
    throw new HttpException(
      {
        message: `Too many requests: at most ${hit.limit} per minute per caller. Retry in ${hit.resetSeconds} s.`,
        retryAfter: hit.resetSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  });
}
