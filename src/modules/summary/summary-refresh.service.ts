import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { SummaryRefreshMetrics } from '../observability/summary-refresh.metrics.js';
import { SummaryRefreshRepository, type RecordedRefresh } from './summary-refresh.repository.js';

export type SummaryRefreshResult = RecordedRefresh;

/**
 * Refreshes the materialized summaries incrementally: each refresh aggregates the history
 * rows written since the last one (seq past the watermark) and merges them into the rollups,
 * in one transaction: the rollups and the watermark move together or not at all.
 *
 * Across instances, the rollups' advisory lock lets one refresh run at a time. Within one
 * instance, refreshes asked for while one is running queue here rather than each holding a
 * pooled connection while it waits for that lock.
 */
@Injectable()
export class SummaryRefreshService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly rollups: SummaryRefreshRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly metrics?: SummaryRefreshMetrics,
  ) {}

  /** A refresh now, after any running one (here or on another instance) has finished. */
  refreshNow(): Promise<SummaryRefreshResult> {
    if (!this.config.summaryMaterialized) {
      return Promise.reject(
        new DomainError(
          'conflict',
          'Materialized summaries are disabled (SUMMARY_MATERIALIZED=false): summaries are computed live, ' +
            'and there is nothing to refresh.',
        ),
      );
    }
    const run = this.queue.then(() => this.refresh(true) as Promise<SummaryRefreshResult>);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A refresh unless one is running anywhere (then null): what the scheduler does. */
  refreshIfIdle(): Promise<SummaryRefreshResult | null> {
    return this.refresh(false);
  }

  private refresh(wait: boolean): Promise<SummaryRefreshResult | null> {
    const run = this.transaction(wait);
    return this.metrics ? this.metrics.track(run) : run;
  }

  private transaction(wait: boolean): Promise<SummaryRefreshResult | null> {
    return this.rollups.transaction(async (tx) => {
      if (!(await tx.lockRollups(wait))) return null;
      const { watermark: previous, startedAt, startedExact } = await tx.readWatermark();
      const fenced = await tx.fenceWatermark();
      if (fenced === null) {
        throw new DomainError(
          'unavailable',
          'Interactions are being written in a long transaction (a bulk load?): the refresh stopped waiting for it ' +
            'so as not to hold up other writes. Summaries stay exact meanwhile; try again later.',
        );
      }
      // An erasure may have removed the newest rows: the watermark never moves back.
      const watermark = BigInt(fenced.watermark) > BigInt(previous) ? fenced.watermark : previous;
      const rowsProcessed = watermark === previous ? 0 : await tx.mergeRows(previous, watermark);
      return tx.record({ watermark, rowsProcessed, refreshedAt: fenced.fencedAt, startedAt, startedExact });
    });
  }
}
