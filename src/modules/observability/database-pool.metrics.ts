import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from './metrics-registry.js';
import { ObservabilityRepository, type PoolStats } from './observability.repository.js';

/** This instance's pool of primary connections (not the read replicas'), read at each scrape. */
@Injectable()
export class DatabasePoolMetrics {
  constructor(metrics: MetricsRegistry, repository: ObservabilityRepository) {
    const gauge = (name: string, help: string, value: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [metrics.registry],
        collect() {
          const stats = repository.poolStats();
          if (stats !== undefined) this.set(value(stats));
        },
      });
    gauge('db_pool_connections_max', 'Connections the pool may open (DATABASE_POOL_SIZE).', (s) => s.max);
    gauge(
      'db_pool_connections_in_use',
      'Connections checked out of the pool, running a query or a transaction.',
      (s) => s.total - s.idle,
    );
    gauge('db_pool_connections_idle', 'Open connections waiting in the pool.', (s) => s.idle);
    gauge(
      'db_pool_requests_waiting',
      'Queries waiting for a connection because all of them are in use.',
      (s) => s.waiting,
    );
  }
}
