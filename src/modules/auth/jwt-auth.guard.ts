import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC_KEY } from '../../common/auth/auth.decorators.js';
import type { Principal } from '../../common/auth/roles.js';
import { TokenVerifier } from './token-verifier.js';

/** Global: every route needs a valid bearer token unless it is marked `@Public()`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    // The rate-limit hook may have verified this request's token already (common/rate-limit).
    request.user ??= await this.verifier.verify(bearerToken(request.headers.authorization));
    return true;
  }
}

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), if it is one. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  return /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '')?.[1];
}

function bearerToken(header: string | undefined): string {
  const token = bearerTokenOf(header);
  if (token === undefined) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <JWT>).');
  return token;
}
