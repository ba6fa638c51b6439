import { Inject, Injectable, Logger } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricsRegistry } from './metrics-registry.js';
import { ObservabilityRepository, type SummaryFreshness } from './observability.repository.js';

/** What the metrics need of a refresh that ran. */
export interface RefreshOutcome {
  rowsProcessed: number;
  durationMs: number;
}

type Outcome = 'refreshed' | 'skipped' | 'failed';

/**
 * Summary refresh metrics. The refresh service hands each refresh to `track`, which counts
 * what came of it on this instance; the lag and the time of the last refresh are read from
 * the database at each scrape, so every instance reports the same, whoever refreshed.
 */
@Injectable()
export class SummaryRefreshMetrics {
  private readonly logger = new Logger('Metrics');
  private readonly refreshes: Counter<'outcome'>;
  private readonly duration: Histogram;
  private readonly rows: Counter;

  constructor(metrics: MetricsRegistry, repository: ObservabilityRepository, @Inject(APP_CONFIG) config: AppConfig) {
    const registers = [metrics.registry];
    this.refreshes = new Counter({
      name: 'summary_refreshes_total',
      help: 'Summary refreshes run by this instance: refreshed, skipped (another one held the rollups) or failed.',
      labelNames: ['outcome'],
      registers,
    });
    for (const outcome of ['refreshed', 'skipped', 'failed'] satisfies Outcome[]) this.refreshes.inc({ outcome }, 0);
    this.duration = new Histogram({
      name: 'summary_refresh_duration_seconds',
      help: 'Duration of the summary refreshes this instance ran, from taking the rollups to the commit.',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    });
    this.rows = new Counter({
      name: 'summary_refresh_rows_processed_total',
      help: 'Interactions merged into the summary rollups by the refreshes of this instance.',
      registers,
    });
    // With SUMMARY_MATERIALIZED=false there are no rollups to lag behind.
    if (!config.summaryMaterialized) return;
    // Both gauges are set from one query per scrape (prom-client collects them concurrently).
    let reading: Promise<SummaryFreshness | undefined> | undefined;
    const read = () =>
      (reading ??= repository
        .summaryFreshness()
        .catch((error: unknown) => {
          this.logger.warn(`Could not read the summary refresh state: ${String(error)}`);
          return undefined;
        })
        .finally(() => (reading = undefined)));
    const fromDatabase = (name: string, help: string, value: (row: SummaryFreshness) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const row = await read();
          this.set(row === undefined ? Number.NaN : value(row));
        },
      });
    fromDatabase(
      'summary_refresh_lag_seconds',
      'Age of the oldest interaction not yet merged into the summary rollups; 0 when they hold every interaction ' +
        '(NaN: the database could not be read).',
      (row) => row.lagSeconds,
    );
    fromDatabase(
      'summary_refresh_last_success_timestamp_seconds',
      'When the last summary refresh, by any instance, took its snapshot of the interactions (unix seconds; ' +
        '0 before the first).',
      (row) => row.refreshedAt ?? 0,
    );
  }

  /** Records how `refresh` ended (null: skipped) and hands its result or error on unchanged. */
  async track<T extends RefreshOutcome | null>(refresh: Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await refresh;
    } catch (error) {
      this.refreshes.inc({ outcome: 'failed' });
      throw error;
    }
    if (result === null) {
      this.refreshes.inc({ outcome: 'skipped' });
    } else {
      this.refreshes.inc({ outcome: 'refreshed' });
      this.duration.observe(result.durationMs / 1000);
      this.rows.inc(result.rowsProcessed);
    }
    return result;
  }
}
