import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { ReadReplicas, type ReplicaState } from '../../database/read-replicas.js';
import { MetricsRegistry } from './metrics-registry.js';

/** How long a scrape waits for each replica (and the primary) before reporting it unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Each read replica's reachability and replay lag (DATABASE_REPLICA_URLS), read at each scrape
 * as /health reports them, labelled with the replica's place in the list (never its URL).
 * Nothing is registered without replicas.
 */
@Injectable()
export class ReplicaMetrics {
  constructor(metrics: MetricsRegistry, replicas: ReadReplicas) {
    if (replicas.count === 0) return;
    // The three gauges are set from one round of probes per scrape (prom-client collects them concurrently).
    let reading: Promise<ReplicaState[]> | undefined;
    const read = () => (reading ??= replicas.states(PROBE_TIMEOUT_MS).finally(() => (reading = undefined)));
    const gauge = (name: string, help: string, value: (state: ReplicaState) => number | null) =>
      new Gauge({
        name,
        help,
        labelNames: ['replica'],
        registers: [metrics.registry],
        async collect() {
          for (const state of await read()) this.set({ replica: String(state.replica) }, value(state) ?? Number.NaN);
        },
      });
    gauge('db_replica_up', 'Whether the read replica answered a query (1) or not (0).', (s) => (s.reachable ? 1 : 0));
    gauge(
      'db_replica_replay_lag_bytes',
      'WAL bytes written on the primary that the replica has not replayed yet (NaN: unknown).',
      (s) => s.replayLagBytes,
    );
    gauge(
      'db_replica_replay_lag_seconds',
      'Age of the last transaction the replica replayed when it is behind, 0 when caught up: how stale its ' +
        'reads can be (NaN: unknown).',
      (s) => s.replayLagSeconds,
    );
  }
}
