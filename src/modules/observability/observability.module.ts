import { Global, Module } from '@nestjs/common';
import { DatabasePoolMetrics } from './database-pool.metrics.js';
import { HttpMetrics } from './http-metrics.js';
import { MetricsRegistry } from './metrics-registry.js';
import { MetricsServer } from './metrics-server.js';
import { MetricsRoute } from './metrics.route.js';
import { ObservabilityRepository } from './observability.repository.js';
import { ReplicaMetrics } from './replica.metrics.js';
import { SummaryRefreshMetrics } from './summary-refresh.metrics.js';

/**
 * Prometheus metrics: GET /metrics on the API port behind an admin token, or on METRICS_PORT
 * without one (then not on the API port at all). Global, so the summary refresh can report
 * to SummaryRefreshMetrics without importing this module.
 */
@Global()
@Module({
  providers: [
    MetricsRegistry,
    ObservabilityRepository,
    HttpMetrics,
    DatabasePoolMetrics,
    ReplicaMetrics,
    SummaryRefreshMetrics,
    MetricsRoute,
    MetricsServer,
  ],
  exports: [SummaryRefreshMetrics, MetricsServer],
})
export class ObservabilityModule {}
