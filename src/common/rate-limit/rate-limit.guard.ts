import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/roles.js';
import { FixedWindowLimiter } from './fixed-window-limiter.js';

/** Routes never limited: load balancers and orchestrators poll them. */
const UNLIMITED_ROUTES = new Set(['/health']);

/** The budget a request counts against: the verified token's subject, else the client IP. */
export function callerOf(request: { user?: Principal; ip: string }): string {
  return request.user?.subject ? `subject:${request.user.subject}` : `ip:${request.ip}`;
}

/**
 * RATE_LIMIT_PER_MINUTE per caller over all routes together (see callerOf). A global guard
 * that runs after authentication (RateLimitModule is imported after AuthModule), so
 * `request.user` is the verified principal and a forged `sub` cannot pick someone else's
 * budget; requests refused by authentication are not counted (they cost no database work).
 * Every limited response says where the caller stands (X-RateLimit-*); a refused one is a
 * 429 problem+json with Retry-After (the filter sets it from `retryAfter`).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(@Inject(FixedWindowLimiter) private readonly limiter: FixedWindowLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: Principal }>();
    if (UNLIMITED_ROUTES.has(request.routeOptions.url ?? '')) return true;
    const hit = this.limiter.hit(callerOf(request));
    void http
      .getResponse<FastifyReply>()
      .header('x-ratelimit-limit', hit.limit)
      .header('x-ratelimit-remaining', hit.remaining)
      .header('x-ratelimit-reset', hit.resetSeconds);
    if (hit.allowed) return true;
    throw new HttpException(
      {
        message: `Too many requests: at most ${hit.limit} per minute per caller. Retry in ${hit.resetSeconds} s.`,
        retryAfter: hit.resetSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
