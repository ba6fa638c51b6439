import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../common/auth/auth.decorators.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { MigrationRunner } from '../../database/migration-runner.js';
import { HealthResponse } from './health.response.js';

@ApiTag('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly migrations: MigrationRunner,
  ) {}

  @Get()
  @Public()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    operationId: 'getHealth',
    summary: 'Liveness and readiness: the database answers and every migration is applied.',
  })
  @ApiOkResponse({ type: HealthResponse })
  @ApiProblem(503, 'Database unreachable or migrations pending.', { detail: 'Service unavailable' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      async () => {
        const indicator = this.indicators.check('migrations');
        const pending = await this.migrations.pending();
        return pending.length === 0 ? indicator.up() : indicator.down({ pending });
      },
    ]);
  }
}
