import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { HealthCheck } from '@nestjs/terminus';
import { Public } from '../../common/auth/auth.decorators.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { HealthResponse } from './health.response.js';
import { HealthService } from './health.service.js';

@ApiTag('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    operationId: 'getHealth',
    summary: 'Liveness and readiness: the database answers and every migration is applied.',
    description:
      'For load balancers and orchestrators: needs no token and is never rate-limited. 200 once the database answers and every migration is applied, 503 otherwise.',
  })
  @ApiOkResponse({ type: HealthResponse, description: 'Ready: the database answers and every migration is applied.' })
  @ApiProblem(503, 'Database unreachable or migrations pending.', { detail: 'Service unavailable' })
  check() {
    return this.health.check();
  }
}
