import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorators.js';
import type { Principal } from '../../common/auth/roles.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { PrincipalResponse } from './dto/principal.response.js';

@ApiTag('auth')
@Controller('auth')
export class AuthController {
  @Get('me')
  @Auth('admin', 'editor', 'viewer')
  @ApiOperation({
    operationId: 'getCurrentUser',
    summary: 'Who the bearer token says you are, and your roles.',
    description:
      'The token’s subject (`sub`) and the roles the API reads from it: a way to check a token before using it.',
  })
  @ApiOkResponse({ type: PrincipalResponse, description: 'The caller, as the token names it.' })
  @ApiProblem(
    503,
    'The identity provider’s keys (`JWT_JWKS_URI`) have never been fetched yet, so the token cannot be checked; retry after the `Retry-After` header’s seconds.',
  )
  me(@CurrentPrincipal() principal: Principal): PrincipalResponse {
    return { subject: principal.subject, roles: principal.roles };
  }
}
