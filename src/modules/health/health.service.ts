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
import { ReadReplicas, type ReplicaState } from '../../database/read-replicas.js';

/** How long the database (and each replica) may take to answer before it counts as down. */
const PING_TIMEOUT_MS = 2_000;

/** Terminus' report, and with DATABASE_REPLICA_URLS each replica's state. */
export type HealthReport = HealthCheckResult & { replicas?: ReplicaState[] };

/**
 * Readiness: the database answers and every migration is applied. Each check reports itself
 * down rather than throwing, so a database that is down, restarting or out of free
 * connections makes both checks down, and the 503 names them.
 *
 * Read replicas are reported (reachable, replay lag), not checked: one that is down or behind
 * does not make the instance unready. Every instance shares it, so a 503 would take them all
 * out of the load balancer, writes and primary reads included; the replica-routed reads fail
 * (503) or lag meanwhile, and the report and /metrics say which replica.
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly migrations: MigrationRunner,
    private readonly replicas: ReadReplicas,
  ) {}

  async check(): Promise<HealthReport> {
    // Side by side with the checks; states() answers for every replica, it never rejects.
    const replicas = this.replicas.count === 0 ? undefined : this.replicas.states(PING_TIMEOUT_MS);
    try {
      const result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: PING_TIMEOUT_MS }),
        () => this.migrationsCheck(),
      ]);
      return replicas === undefined ? result : { ...result, replicas: await replicas };
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
