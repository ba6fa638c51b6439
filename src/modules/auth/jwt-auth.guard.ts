import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY } from '../../common/auth/auth.decorators.js';

/** Global: every route needs a valid token unless it is marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T | false, info: unknown): T {
    if (error instanceof UnauthorizedException) throw error;
    if (error || !user) throw new UnauthorizedException(reason(info));
    return user;
  }
}

/** A client-safe sentence for why a token was refused (passport-jwt reports it in `info`). */
function reason(info: unknown): string {
  const message = info instanceof Error ? info.message : '';
  if (message === 'No auth token') return 'A bearer token is required (Authorization: Bearer <JWT>).';
  if (message === 'jwt expired') return 'The token has expired.';
  if (message === 'invalid signature') return 'The token signature is invalid.';
  if (message.startsWith('jwt issuer invalid')) return 'The token issuer is not accepted.';
  if (message.startsWith('jwt audience invalid')) return 'The token audience is not accepted.';
  if (message === 'invalid algorithm' || message === 'jwt signature is required') {
    return 'The token algorithm is not accepted.';
  }
  if (message === 'jwt not active') return 'The token is not valid yet.';
  return 'The token is malformed or not accepted.';
}
