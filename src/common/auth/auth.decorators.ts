import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblem } from '../openapi/api-problem.decorator.js';
import type { Principal, Role } from './roles.js';

export const IS_PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** Opens a route to anonymous callers. Every other route needs a token. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/**
 * Requires a valid token carrying one of `roles`, and documents the bearer scheme
 * and the 401/403 problems in OpenAPI at the same time, so they cannot drift.
 */
export function Auth(...roles: Role[]) {
  if (roles.length === 0) throw new Error('@Auth() needs at least one role; use @Public() for open routes');
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiProblem(401, 'Missing, malformed, expired or wrongly signed token.'),
    ApiProblem(403, `The token has none of the roles: ${roles.join(', ')}.`, {
      detail: `This operation requires one of the roles: ${roles.join(', ')}.`,
    }),
  );
}

/** The verified caller of the current request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest & { user: Principal }>();
  return request.user;
});
