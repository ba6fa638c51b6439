import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorators.js';
import type { Principal } from '../../common/auth/roles.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { PrincipalResponse } from './dto/principal.response.js';

@ApiTag('auth')
@Controller('auth')
export class AuthController {
  @Get('me')
  @Auth('admin', 'editor', 'viewer')
  @ApiOperation({ operationId: 'getCurrentUser', summary: 'Who the bearer token says you are, and your roles.' })
  @ApiOkResponse({ type: PrincipalResponse })
  me(@CurrentPrincipal() principal: Principal): PrincipalResponse {
    return { subject: principal.subject, roles: principal.roles };
  }
}
