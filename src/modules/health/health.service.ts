import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { DomainError } from '../../common/errors/domain-error.js';
import { MigrationRunner } from '../../database/migration-runner.js';

/** How long the database may take to answer the ping before it counts as down. */
const PING_TIMEOUT_MS = 2_000;

/**
 * Readiness: the database answers and every migration is applied. Each check reports itself
 * down rather than throwing, so a database that is down, restarting or out of free
 * connections makes both checks down, and the 503 names them.
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly migrations: MigrationRunner,
  ) {}

  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: PING_TIMEOUT_MS }),
        () => this.migrationsCheck(),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) {
        throw new DomainError('unavailable', notReady(error.getResponse() as HealthCheckResult));
      }
      throw error;
    }
  }

  private async migrationsCheck(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('migrations');
    let pending: string[];
    try {
      pending = await this.migrations.pending();
    } catch {
      return indicator.down({ reason: 'not checked, the database did not answer' });
    }
    return pending.length === 0 ? indicator.up() : indicator.down({ reason: `${pending.length} pending` });
  }
}

/** "Not ready: database: down; migrations: 2 pending.", from terminus' report of the failed checks. */
function notReady(result: HealthCheckResult): string {
  const failed = Object.entries(result.error ?? {}).map(([name, state]) => {
    const reason = (state as { reason?: unknown }).reason;
    return `${name}: ${typeof reason === 'string' ? reason : 'down'}`;
  });
  return failed.length === 0 ? 'Not ready.' : `Not ready: ${failed.join('; ')}.`;
}
