import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../../common/auth/auth.decorators.js';
import type { Principal, Role } from '../../common/auth/roles.js';

/**
 * Global, after authentication: the caller needs one of the route's roles. A route
 * with neither `@Public()` nor `@Auth(...)` is closed to everyone, so a forgotten
 * decorator fails safe.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const principal = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>().user;
    if (!allowed || allowed.length === 0) {
      throw new ForbiddenException('This route has no access rule and is closed.');
    }
    if (!principal || !principal.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(`This operation requires one of the roles: ${allowed.join(', ')}.`);
    }
    return true;
  }
}
